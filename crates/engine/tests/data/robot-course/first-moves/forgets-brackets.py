# One move written without brackets: `move` only names the command and
# does not run it, so the robot walks four cells, not five.
from robot import *

move()
move()
move
move()
move()

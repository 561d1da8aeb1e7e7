# Only one turn: after walking up the robot keeps going north and runs
# into the corridor's end.
from robot import *

move()
move()
move()
move()
turn_left()
move()
move()
move()
move()
move()

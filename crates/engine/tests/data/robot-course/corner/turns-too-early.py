# Three moves before the first turn instead of four: the robot turns north
# one cell too early and runs into the corridor's wall.
from robot import *

move()
move()
move()
turn_left()
move()
move()
move()
turn_left()
move()
move()

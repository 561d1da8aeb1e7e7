# One move before the loop "to get going": in world 5 the robot already
# stands in front of the wall, so that first move crashes it.
from robot import *

move()
while front_is_clear():
    move()

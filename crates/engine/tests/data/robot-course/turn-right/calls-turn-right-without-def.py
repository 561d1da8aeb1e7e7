# Calls turn_right() without writing the function: in this lesson the
# robot does not know it, so the program stops with an error.
from robot import *

move()
move()
move()
turn_right()
move()
move()
move()
move()
turn_right()
move()
move()
move()

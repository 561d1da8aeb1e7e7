# The function is right, but the first call has no brackets: `turn_right`
# alone does not run it, so the robot keeps going north.
from robot import *

def turn_right():
    turn_left()
    turn_left()
    turn_left()

move()
move()
move()
turn_right
move()
move()
move()
move()
turn_right()
move()
move()
move()

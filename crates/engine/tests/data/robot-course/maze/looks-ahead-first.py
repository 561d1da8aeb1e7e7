# Checks the way ahead before the right: that is no longer the right-hand
# rule, so the robot can walk round in circles and never find the way out.
from robot import *

while no_item_here():
    if front_is_clear():
        move()
    elif right_is_clear():
        turn_right()
        move()
    else:
        turn_left()

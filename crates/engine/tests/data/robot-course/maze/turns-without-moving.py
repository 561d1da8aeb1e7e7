# Turns right when the right is free but does not step there: the robot
# spins on the spot, turning right again and again, and never gets out.
from robot import *

while no_item_here():
    if right_is_clear():
        turn_right()
    elif front_is_clear():
        move()
    else:
        turn_left()

# jump() goes up and over but never comes down: the robot runs on along
# the upper row, never meets the finish and hits the east wall.
from robot import *

def jump():
    turn_left()
    move()
    turn_right()
    move()

while no_item_here():
    if front_is_clear():
        move()
    else:
        jump()

# range(3): the robot does only three corners and ends in the top left
# one, with an item still in its bag.
from robot import *

for i in range(3):
    while front_is_clear():
        move()
    put()
    turn_left()

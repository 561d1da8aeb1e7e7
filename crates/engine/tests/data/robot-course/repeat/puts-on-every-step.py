# put() inside the while loop: the robot puts an item on every step, and
# its bag of four runs out on the way.
from robot import *

for i in range(4):
    while front_is_clear():
        move()
        put()
    turn_left()

# Starts climbing at once: where the stairs are not right in front of the
# robot, the way ahead is free, the loop never runs and the flag is put
# at the start.
from robot import *

def step_up():
    turn_left()
    move()
    turn_right()
    move()

while front_is_blocked():
    step_up()
put()

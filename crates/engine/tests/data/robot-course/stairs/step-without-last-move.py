# step_up() goes up but forgets the move forward onto the step: the robot
# then has a free way ahead, the loop ends after one step, and the flag
# goes in the air beside the stairs.
from robot import *

def step_up():
    turn_left()
    move()
    turn_right()

while front_is_clear():
    move()
while front_is_blocked():
    step_up()
put()

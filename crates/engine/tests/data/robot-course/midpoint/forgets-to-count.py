# Never adds to `steps`: it stays 0, the robot does not walk back at all
# and puts the item at the far end.
from robot import *

steps = 0
while front_is_clear():
    move()

turn_left()
turn_left()
for i in range(steps // 2):
    move()
put()

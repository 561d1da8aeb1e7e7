# Counts right but walks half the way back without turning round first:
# the robot runs into the east wall.
from robot import *

steps = 0
while front_is_clear():
    move()
    steps = steps + 1

for i in range(steps // 2):
    move()
put()

# The turn is not indented, so it is outside the loop: the robot drives
# 400 cm straight ahead, into the wall, and turns only at the end.
from rover import *

for side in range(4):
    drive(100)
turn(90)

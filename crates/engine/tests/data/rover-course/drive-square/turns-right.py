# Turns right instead of left: the second side goes down, into the wall
# below the square.
from rover import *

for side in range(4):
    drive(100)
    turn(-90)

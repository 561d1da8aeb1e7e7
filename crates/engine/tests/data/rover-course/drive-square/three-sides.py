# Three sides instead of four: the robot ends in the top-left corner of the
# square, not where it started.
from rover import *

for side in range(3):
    drive(100)
    turn(90)

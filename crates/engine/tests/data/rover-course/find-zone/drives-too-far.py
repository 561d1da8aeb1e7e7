# Finds red, but then drives 50 cm: the robot overshoots the 30 cm zone.
from rover import *

motors(40, 40)
while color() != "red":
    pass
drive(50)

# Waits for "not white" instead of "red": stops in the first coloured zone,
# the blue one.
from rover import *

motors(40, 40)
while color() == "white":
    pass
drive(20)

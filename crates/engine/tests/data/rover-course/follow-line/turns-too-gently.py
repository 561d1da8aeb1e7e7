# The turns are too gentle: at the first sharp bend the robot cannot keep up
# and cuts across the line.
from rover import *

while distance() > 10:
    if on_line():
        motors(35, 40)
    else:
        motors(40, 35)
stop()

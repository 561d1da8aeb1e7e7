# `if` asks the sensor only once and does not wait: the motors are switched
# on and off at once, and the robot never leaves the start.
from rover import *

motors(50, 50)
if distance() > 3:
    pass
stop()

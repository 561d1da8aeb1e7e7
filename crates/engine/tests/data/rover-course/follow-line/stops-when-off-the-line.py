# Drives only while the sensor is on the line, straight ahead: at the first
# bend the sensor leaves the line and the robot stops there.
from rover import *

while on_line():
    motors(40, 40)
stop()

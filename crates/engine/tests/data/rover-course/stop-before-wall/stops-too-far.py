# Waits for the sensor, but stops 20 cm before the box instead of 5.
from rover import *

motors(50, 50)
while distance() > 20:
    pass
stop()

# Stops the moment the sensor sees red: the sensor is 6 cm ahead of the
# robot's centre, so the centre is still outside the zone.
from rover import *

motors(40, 40)
while color() != "red":
    pass
stop()

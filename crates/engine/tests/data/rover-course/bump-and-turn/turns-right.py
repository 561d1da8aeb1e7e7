# Turns right instead of left: the robot drives down into the corridor's
# bottom wall, away from the passage.
from rover import *


def drive_to_wall():
    motors(50, 50)
    while not bumper():
        pass
    stop()


drive_to_wall()
drive(-40)
turn(-90)
drive_to_wall()

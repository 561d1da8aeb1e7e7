# Turns left at the end wall without backing up: the robot is below the
# wall beside the passage, not below the passage, and bumps into it.
from rover import *


def drive_to_wall():
    motors(50, 50)
    while not bumper():
        pass
    stop()


drive_to_wall()
turn(90)
drive_to_wall()

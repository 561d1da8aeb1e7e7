# Backs up only 10 cm: the robot is still partly below the wall beside the
# passage and catches its corner.
from rover import *


def drive_to_wall():
    motors(50, 50)
    while not bumper():
        pass
    stop()


drive_to_wall()
drive(-10)
turn(90)
drive_to_wall()

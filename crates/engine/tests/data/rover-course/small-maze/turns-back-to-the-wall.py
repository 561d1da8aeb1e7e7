# When the left is blocked it turns right by 90 degrees, which faces the
# wall it has just come to: the robot spins on the spot until its time is up.
from rover import *


def drive_to_wall():
    motors(50, 50)
    while distance() > 12:
        pass
    stop()


while color() != "green":
    drive_to_wall()
    turn(90)
    if distance() < 30:
        turn(-90)

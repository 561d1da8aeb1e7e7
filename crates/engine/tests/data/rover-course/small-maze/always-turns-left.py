# Always turns left and never looks: where the way goes right, the robot
# faces a wall, turns left again and goes back the way it came, round and
# round, until its time is up.
from rover import *


def drive_to_wall():
    motors(50, 50)
    while distance() > 12:
        pass
    stop()


while color() != "green":
    drive_to_wall()
    turn(90)

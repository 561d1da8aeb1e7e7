# Counts the corridors instead of looking for the exit: the maze has five,
# so after four the robot stops one corridor short of the green square.
from rover import *


def drive_to_wall():
    motors(50, 50)
    while distance() > 12:
        pass
    stop()


for corridor in range(4):
    drive_to_wall()
    turn(90)
    if distance() < 30:
        turn(180)

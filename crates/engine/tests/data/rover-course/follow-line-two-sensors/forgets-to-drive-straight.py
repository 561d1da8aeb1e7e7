# No `else`: while both sensors see white, nobody switches the motors on.
# At the start the line is between the sensors, so the robot never moves
# and waits for the finish until its time is up.
from rover import *

while True:
    left = on_line("left")
    right = on_line("right")
    if left and right:
        break
    elif left:
        motors(0, 60)
    elif right:
        motors(60, 0)
stop()

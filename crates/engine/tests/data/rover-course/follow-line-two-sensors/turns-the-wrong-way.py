# The turns are swapped: when the line comes under the left sensor the robot
# turns right, away from it, loses the line and never sees the finish.
from rover import *

while True:
    left = on_line("left")
    right = on_line("right")
    if left and right:
        break
    elif left:
        motors(60, 0)
    elif right:
        motors(0, 60)
    else:
        motors(60, 60)
stop()

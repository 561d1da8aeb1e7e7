# The finish is "left or right" instead of "left and right": the robot stops
# at the first bend, the first time one sensor sees the line.
from rover import *

while True:
    left = on_line("left")
    right = on_line("right")
    if left or right:
        break
    elif left:
        motors(0, 60)
    elif right:
        motors(60, 0)
    else:
        motors(60, 60)
stop()

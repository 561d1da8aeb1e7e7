# Lines to the far ends of the plane and back: the checks stay quick (the
# overlap grid follows the drawing's size, the work each line's length on
# it) and simply find the lines extra.
from turtle import *
for side in range(4):
    forward(100)
    left(90)
goto(1e300, 1e300)
goto(-1e300, 1e300)
home()
for step in range(500):
    goto(1e9 * (-1) ** step, 1e9)
    home()

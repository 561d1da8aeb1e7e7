# Moves first and doubles after each move: the pile in the first cell,
# where the robot starts, is never doubled.
from robot import *

def double_here():
    n = items_here()
    for i in range(n):
        put()

while front_is_clear():
    move()
    double_here()

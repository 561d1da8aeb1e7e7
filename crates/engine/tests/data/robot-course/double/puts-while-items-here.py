# Puts while the cell has items: every put() adds one more, so the loop
# never ends and the program is stopped.
from robot import *

def double_here():
    while item_here():
        put()

double_here()
while front_is_clear():
    move()
    double_here()

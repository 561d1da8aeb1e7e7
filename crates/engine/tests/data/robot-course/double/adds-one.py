# Puts one more item on every pile instead of as many as it had: a pile
# of 3 becomes 4, not 6.
from robot import *

def double_here():
    if item_here():
        put()

double_here()
while front_is_clear():
    move()
    double_here()

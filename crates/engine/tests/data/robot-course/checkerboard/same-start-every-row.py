# Starts every row with an item: the rows are all alike, so the items
# stand in stripes instead of a checkerboard.
from robot import *

def fill_row(first):
    here = first
    if here:
        put()
    while front_is_clear():
        move()
        here = not here
        if here:
            put()

def back_to_the_west():
    turn_left()
    turn_left()
    while front_is_clear():
        move()
    turn_right()

fill_row(True)
back_to_the_west()
while front_is_clear():
    move()
    turn_right()
    fill_row(True)
    back_to_the_west()

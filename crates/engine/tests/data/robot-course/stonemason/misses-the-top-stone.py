# Checks a cell and then moves: the loop ends on arrival at the top cell,
# so a missing stone at the top of a column is never put back.
from robot import *

def turn_around():
    turn_left()
    turn_left()

def build_column():
    turn_left()
    while front_is_clear():
        if no_item_here():
            put()
        move()
    turn_around()
    while front_is_clear():
        move()
    turn_left()

build_column()
while front_is_clear():
    for i in range(3):
        move()
    build_column()

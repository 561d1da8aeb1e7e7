# Asks "is there a row above?" before harvesting each row: the top row has
# none above it, so it is never harvested.
from robot import *

def pick_all():
    while item_here():
        pick()

def harvest_row():
    pick_all()
    while front_is_clear():
        move()
        pick_all()

def back_to_the_west():
    turn_left()
    turn_left()
    while front_is_clear():
        move()
    turn_right()

turn_left()
while front_is_clear():
    turn_right()
    harvest_row()
    back_to_the_west()
    move()

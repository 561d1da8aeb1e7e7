# `if` instead of `while` in pick_all(): only one item is taken from each
# cell, so cells with two items keep one.
from robot import *

def pick_all():
    if item_here():
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

harvest_row()
back_to_the_west()
while front_is_clear():
    move()
    turn_right()
    harvest_row()
    back_to_the_west()

from robot import *
while front_is_clear():
    move()
    while item_here():
        pick()
turn_left()
turn_left()
while front_is_clear():
    move()

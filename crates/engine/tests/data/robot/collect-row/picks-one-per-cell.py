from robot import *
while front_is_clear():
    move()
    if item_here():
        pick()

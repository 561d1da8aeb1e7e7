from robot import *
while front_is_clear():
    move()
    while item_here():
        pick()

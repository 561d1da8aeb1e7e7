from robot import *
while item_here():
    pick()
while front_is_clear():
    move()
    while item_here():
        pick()

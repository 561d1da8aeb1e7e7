from robot import *
for i in range(6):
    move()
    while item_here():
        pick()
turn_left()
turn_left()
for i in range(6):
    move()
turn_left()
turn_left()

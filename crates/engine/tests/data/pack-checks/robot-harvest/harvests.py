from robot import *

def turn_around():
    turn_left()
    turn_left()

while front_is_clear():
    move()
    while item_here():
        pick()
turn_around()
while front_is_clear():
    move()
turn_around()

from robot import *

def turn_around_right():
    turn_right()

move()
while front_is_blocked():
    turn_left()
    move()
    turn_around_right()
    move()

from robot import *
move()
for step in range(3):
    turn_left()
    move()
    turn_right()
    move()

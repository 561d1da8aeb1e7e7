from robot import *
move()
move()
for i in range(3):
    put()
turn_left()

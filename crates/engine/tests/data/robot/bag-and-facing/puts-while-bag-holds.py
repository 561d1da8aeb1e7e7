from robot import *
move()
move()
while items_in_bag() > 0:
    put()
turn_left()

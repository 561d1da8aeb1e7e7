from robot import *
move()
move()
while not bag_is_empty():
    put()

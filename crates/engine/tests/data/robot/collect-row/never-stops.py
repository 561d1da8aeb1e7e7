from robot import *
while True:
    turn_left()

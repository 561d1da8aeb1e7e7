# turn_right() made of two left turns: that turns the robot round, so it
# walks back down instead of along the top of the lake.
from robot import *

def turn_right():
    turn_left()
    turn_left()

move()
move()
move()
turn_right()
move()
move()
move()
move()
turn_right()
move()
move()
move()

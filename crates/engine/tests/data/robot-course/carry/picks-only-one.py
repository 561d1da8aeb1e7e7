# Picks only one of the two items: the other stays behind in the start cell.
from robot import *

pick()
while front_is_clear():
    move()
put()
turn_left()
turn_left()
while front_is_clear():
    move()

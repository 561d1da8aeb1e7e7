# World 1 has 0, 4, 0, 0, 1 and 3 items: this puts exactly that many
# more in each cell, so the other worlds get the wrong numbers.
from robot import *

move()
put()
put()
put()
put()
move()
move()
move()
put()
move()
put()
put()
put()

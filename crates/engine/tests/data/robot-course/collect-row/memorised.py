# In world 1 the items lie in cells 1, 2, 4, 5 and 7: this picks exactly
# there without looking, so it picks in an empty cell in world 2.
from robot import *

pick()
move()
pick()
move()
move()
pick()
move()
pick()
move()
move()
pick()

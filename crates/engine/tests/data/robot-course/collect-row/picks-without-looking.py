# Picks in every cell without asking item_here() first: the first empty
# cell stops the program.
from robot import *

while front_is_clear():
    pick()
    move()
pick()

# World 1's corridor is six cells long: this counts its five steps instead
# of looking, so it stops too early in the longer corridor of world 2.
from robot import *

move()
move()
move()
move()
move()

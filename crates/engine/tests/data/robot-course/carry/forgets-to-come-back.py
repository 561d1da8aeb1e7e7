# Carries both items and puts them down, but never walks back.
from robot import *

pick()
pick()
while front_is_clear():
    move()
put()
put()

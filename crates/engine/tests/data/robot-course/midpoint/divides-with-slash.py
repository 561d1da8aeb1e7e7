# `steps / 2` is a fraction (3.0), and range() takes only whole numbers,
# so the program stops with a TypeError.
from robot import *

steps = 0
while front_is_clear():
    move()
    steps = steps + 1

turn_left()
turn_left()
for i in range(steps / 2):
    move()
put()

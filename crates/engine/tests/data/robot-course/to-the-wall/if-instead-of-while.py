# `if` instead of `while`: the question is asked only once, so the robot
# takes a single step.
from robot import *

if front_is_clear():
    move()

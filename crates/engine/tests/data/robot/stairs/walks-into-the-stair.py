from robot import *
move()
move()

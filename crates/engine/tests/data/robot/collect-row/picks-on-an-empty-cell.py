from robot import *
move()
pick()
pick()
pick()

from robot import *
for i in range(6):
    move()

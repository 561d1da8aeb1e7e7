# The same square walked clockwise from its far corner, sides in two steps:
# order, direction and split sides do not matter.
from turtle import *
penup()
goto(100, 100)
pendown()
setheading(180)
for side in range(4):
    алға(50)
    алға(50)
    солға(90)
penup()
home()

from turtle import *
for side in range(4):
    forward(100)
    left(90)
forward(float('inf'))
left(45)
forward(10)

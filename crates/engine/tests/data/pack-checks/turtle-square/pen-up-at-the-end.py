from turtle import *
for side in range(4):
    forward(100)
    left(90)
left(90)
penup()

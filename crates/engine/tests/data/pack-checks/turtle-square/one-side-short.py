from turtle import *
for side in range(4):
    forward(100 if side < 3 else 90)
    left(90)

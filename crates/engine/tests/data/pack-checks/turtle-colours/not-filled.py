from turtle import *
color('blue', 'red')
for side in range(3):
    forward(150)
    left(120)

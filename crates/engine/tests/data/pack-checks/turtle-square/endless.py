from turtle import *
while True:
    forward(1)
    left(1)

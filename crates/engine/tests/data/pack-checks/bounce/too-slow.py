# Moves 2 pixels a frame instead of 5.
from canvas import *

x = 200
dx = 2

def key_pressed():
    global dx
    if key == "space":
        dx = -dx

def draw():
    global x, dx
    background("white")
    x += dx
    if x > width - 10 or x < 10:
        dx = -dx
    fill("red")
    circle(x, 200, 10)

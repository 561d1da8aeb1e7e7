# Right moves and colours, and an extra square in the corner.
from canvas import *

x = 200
dx = 5

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
    rect(0, 0, 10, 10)

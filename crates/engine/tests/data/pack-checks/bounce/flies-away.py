# Never bounces: the ball leaves the canvas.
from canvas import *

x = 200
dx = 5

def key_pressed():
    global dx
    if key == "space":
        dx = -dx

def draw():
    global x
    background("white")
    x += dx
    fill("red")
    circle(x, 200, 10)

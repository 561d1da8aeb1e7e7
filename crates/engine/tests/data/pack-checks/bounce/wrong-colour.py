# Right moves, but a blue ball.
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
    fill("blue")
    circle(x, 200, 10)


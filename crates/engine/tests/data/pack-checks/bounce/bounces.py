from canvas import *

x = 200
dx = 5

def key_pressed():
    global dx
    if key == "space":
        dx = -dx

def draw():
    global x, dx
    background(255)
    x += dx
    if x > width - 10 or x < 10:
        dx = -dx
    fill(255, 0, 0)
    circle(x, 200, 10)

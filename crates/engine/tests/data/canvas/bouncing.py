# frames: 6
# A ball that bounces off the right wall: its x goes 370, 380, 390, 380...
from canvas import *

x = 360
dx = 10

def setup():
    size(400, 200)

def draw():
    global x, dx
    background("white")
    x = x + dx
    if x + 10 > width or x - 10 < 0:
        dx = -dx
    fill("red")
    no_stroke()
    circle(x, 100, 10)
    print(frame_count, x)

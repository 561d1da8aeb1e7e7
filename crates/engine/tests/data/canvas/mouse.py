# frames: 4
# input: 1 mouse 10 20
# input: 2 mouse_down 30 40
# input: 3 mouse_up 50 60
# input: 4 click 70 80
# Drawing with the mouse and no background: the picture keeps every frame's
# dots; a click (down and up) calls mouse_clicked().
from canvas import *

clicks = 0

def mouse_clicked():
    global clicks
    clicks += 1
    print("click", mouse_x, mouse_y)

def draw():
    if mouse_pressed:
        fill("black")
    else:
        fill("white")
    circle(mouse_x, mouse_y, 2)
    print(frame_count, mouse_x, mouse_y, mouse_pressed, clicks)

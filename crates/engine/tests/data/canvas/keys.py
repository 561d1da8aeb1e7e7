# frames: 5
# input: 2 key_down right
# input: 4 key_up right
# input: 3 key w
# The arrow held for two frames moves the square; the handler sees each press.
from canvas import *

x = 0

def key_pressed():
    print("pressed", key, frame_count)

def draw():
    global x
    if key_is_down("right"):
        x += 5
    background(0)
    fill(255, 255, 0)
    rect(x, 10, 20, 20)
    print(frame_count, x, key_pressed)

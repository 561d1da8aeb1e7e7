# frames: 5
# An error in the third frame stops the animation at its line.
from canvas import *

def draw():
    rect(frame_count, 0, 5, 5)
    if frame_count == 3:
        print(1 / 0)

# frames: 6
# input: 1 mouse 10 20
# input: 2 mouse 30 40
# no_loop() in the third frame ends the animation there; pmouse is the
# mouse of the frame before; a size given to text() is that text's only.
from canvas import *

def draw():
    line(pmouse_x, pmouse_y, mouse_x, mouse_y)
    text("a", 0, 0, 30)
    text("b", 0, 0)
    if frame_count == 3:
        no_loop()
    print(frame_count)

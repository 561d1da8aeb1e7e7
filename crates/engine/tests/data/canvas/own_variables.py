# frames: 2
# A variable the program assigns itself keeps its value; size() in setup
# changes width at once; `import canvas` reads the module's values.
from canvas import *
import canvas

height = "mine"

def setup():
    size(123, 45)
    print("setup", width, canvas.width, height, canvas.height)

def draw():
    print("draw", frame_count, canvas.frame_count, width, height, millis())

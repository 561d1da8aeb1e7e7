# Forgets `global`: the first frame fails.
from canvas import *

x = 200

def draw():
    background("white")
    x = x + 5
    circle(x, 200, 10)

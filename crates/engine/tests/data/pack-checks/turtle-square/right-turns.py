# A square below the line instead of above it: two sides are missing, two
# are extra, and the picture is only half the same.
from turtle import *
for side in range(4):
    forward(100)
    right(90)

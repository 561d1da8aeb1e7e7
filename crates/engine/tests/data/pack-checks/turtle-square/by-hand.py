# Four sides written out: the drawing and the pose are right, the rule is not.
from turtle import *
forward(100)
left(90)
forward(100)
left(90)
forward(100)
left(90)
forward(100)
left(90)

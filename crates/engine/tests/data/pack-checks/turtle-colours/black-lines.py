from turtle import *
fillcolor('red')
begin_fill()
for side in range(3):
    forward(150)
    left(120)
end_fill()

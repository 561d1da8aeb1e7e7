# Puts a stone in every cell of a column without looking: cells that still
# had their stone now hold two.
from robot import *

def turn_around():
    turn_left()
    turn_left()

def build_column():
    turn_left()
    put()
    while front_is_clear():
        move()
        put()
    turn_around()
    while front_is_clear():
        move()
    turn_left()

build_column()
while front_is_clear():
    for i in range(3):
        move()
    build_column()

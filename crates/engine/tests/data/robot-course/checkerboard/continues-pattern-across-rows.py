# Keeps one `here` for the whole world and flips it on the step up as on
# any other step. In worlds of odd width that happens to work, but when
# the width is even a row starts the same way as the one below it.
from robot import *

def back_to_the_west():
    turn_left()
    turn_left()
    while front_is_clear():
        move()
    turn_right()

here = True
if here:
    put()
while front_is_clear():
    move()
    here = not here
    if here:
        put()
back_to_the_west()
while front_is_clear():
    move()
    turn_right()
    here = not here
    if here:
        put()
    while front_is_clear():
        move()
        here = not here
        if here:
            put()
    back_to_the_west()

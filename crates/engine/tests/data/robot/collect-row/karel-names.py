from robot import *
while beepers_present():
    pick_beeper()
while front_is_clear():
    move()
    while beepers_present():
        pick_beeper()

from robot import *
move()
move()
put()
put()
put()
turn_right()
turn_right()
turn_right()

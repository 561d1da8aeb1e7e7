# Follows the line, but `while True` never ends: past the line's end the
# robot circles, looking for the line, until its time is up.
from rover import *

while True:
    if on_line():
        motors(10, 40)
    else:
        motors(40, 10)

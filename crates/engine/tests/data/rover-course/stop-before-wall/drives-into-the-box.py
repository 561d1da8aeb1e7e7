# Does not look: drives "far enough", and the box stops the robot when it
# has already run into it.
from rover import *

drive(200)

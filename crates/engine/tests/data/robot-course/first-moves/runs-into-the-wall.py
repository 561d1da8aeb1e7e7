# Six moves: the sixth one crashes the robot into the wall behind the goal.
from robot import *

move()
move()
move()
move()
move()
move()

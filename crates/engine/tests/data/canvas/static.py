# frames: 2
# A program without draw() draws once and ends.
from canvas import *

background("ақ")
circle(200, 200, 50)
print("done")

# Draws once, with no canvas at all.
x = 250
dx = -5

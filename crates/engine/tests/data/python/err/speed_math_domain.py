# math.sqrt of a negative number is a ValueError at its line.
import math

total = 0
for x in [4, 1, 0, -1]:
    total += math.sqrt(x)
print(total)

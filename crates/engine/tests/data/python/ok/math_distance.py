# Нүктелер арасындағы қашықтық
import math
points = [(0, 0), (3, 4), (-1, 2), (6, -2)]
for i in range(len(points)):
    for j in range(i + 1, len(points)):
        (x1, y1), (x2, y2) = points[i], points[j]
        d = math.sqrt((x2 - x1) ** 2 + (y2 - y1) ** 2)
        print(points[i], points[j], round(d, 3))

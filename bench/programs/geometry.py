# Turtle-style geometry: sin/cos of headings, points appended to a list.
import math

points = []
x, y, heading = 0.0, 0.0, 0.0
for step in range(150000):
    heading += 7.5
    radians = math.radians(heading)
    x += math.cos(radians) * 2.0
    y += math.sin(radians) * 2.0
    points.append((x, y))
width = max(p[0] for p in points) - min(p[0] for p in points)
print(len(points), round(width, 6), round(math.hypot(x, y), 6))

# Breadth-first search on a grid with walls.
from collections import deque

size = 300
walls = set()
for i in range(size):
    for j in range(size):
        if (i * 37 + j * 91) % 11 == 0 and not (i == 0 and j == 0):
            walls.add((i, j))
distance = {(0, 0): 0}
queue = deque([(0, 0)])
while queue:
    i, j = queue.popleft()
    for di, dj in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        ni, nj = i + di, j + dj
        if 0 <= ni < size and 0 <= nj < size and (ni, nj) not in walls and (ni, nj) not in distance:
            distance[(ni, nj)] = distance[(i, j)] + 1
            queue.append((ni, nj))
print(len(distance), max(distance.values()))

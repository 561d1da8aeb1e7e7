# BFS on a grid maze: shortest path from S to E, queue is a list with a head index.
maze = [
    "S.#.......",
    ".##.####.#",
    "....#....#",
    "#.#.#.##..",
    "..#...#.#.",
    ".###.##.#.",
    "...#....#E",
]
rows, cols = len(maze), len(maze[0])
start = end = None
for r in range(rows):
    for c in range(cols):
        if maze[r][c] == "S":
            start = (r, c)
        elif maze[r][c] == "E":
            end = (r, c)
print("start", start, "end", end)
dist = [[-1] * cols for _ in range(rows)]
parent = {}
queue = [start]
head = 0
dist[start[0]][start[1]] = 0
while head < len(queue):
    r, c = queue[head]
    head += 1
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and dist[nr][nc] == -1:
            dist[nr][nc] = dist[r][c] + 1
            parent[(nr, nc)] = (r, c)
            queue.append((nr, nc))
print("visited cells:", len(queue))
for row in dist:
    print(" ".join(f"{d:>2}" if d >= 0 else " #" for d in row))
print("distance to E:", dist[end[0]][end[1]])
path = [end]
while path[-1] != start:
    path.append(parent[path[-1]])
path.reverse()
print("path length", len(path) - 1)
print(path[:6], "...")
grid = [list(line) for line in maze]
for r, c in path[1:-1]:
    grid[r][c] = "*"
for line in grid:
    print("".join(line))

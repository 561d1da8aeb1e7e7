from collections import deque

queue = deque([1, 2, 3])
queue.append(4)
queue.appendleft(0)
print(queue, len(queue), queue[0], queue[-1], 3 in queue, 9 in queue)
print(queue.popleft(), queue.pop(), queue)
queue.extend([5, 6])
queue.extendleft("ab")
print(queue)
queue.rotate(2)
print(queue)
queue.rotate(-3)
print(queue)
queue.reverse()
print(queue, queue.count(5), list(queue), bool(deque()), deque())
queue.remove("a")
queue[0] = "first"
print(queue, queue.copy() == queue, deque([1]) == [1], type(queue).__name__)
print(deque(x * x for x in range(4)), deque("hey"))

# Breadth-first search on a grid, as olympiad pupils write it.
grid = [
    "S.#....",
    ".##.##.",
    "....#..",
    ".#.##.#",
    "...#..E",
]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
distance = {start: 0}
todo = deque([start])
while todo:
    r, c = todo.popleft()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in distance:
            distance[(nr, nc)] = distance[(r, c)] + 1
            todo.append((nr, nc))
end = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "E")
print("shortest path:", distance.get(end))
window = deque()
for value in [4, 8, 1, 9, 3, 7]:
    window.append(value)
    if len(window) > 3:
        window.popleft()
    print(list(window), sum(window))

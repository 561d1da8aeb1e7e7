# Count islands with a recursive DFS and measure each island.
picture = [
    "11000110",
    "11000100",
    "00100001",
    "00011011",
    "10000011",
    "11101000",
]
grid = [[int(ch) for ch in line] for line in picture]
n, m = len(grid), len(grid[0])
seen = [[False] * m for _ in range(n)]

def dfs(r, c, label, cells):
    if r < 0 or r >= n or c < 0 or c >= m:
        return
    if seen[r][c] or grid[r][c] == 0:
        return
    seen[r][c] = True
    cells.append((r, c))
    grid[r][c] = label
    dfs(r + 1, c, label, cells)
    dfs(r - 1, c, label, cells)
    dfs(r, c + 1, label, cells)
    dfs(r, c - 1, label, cells)

islands = []
label = 1
for r in range(n):
    for c in range(m):
        if grid[r][c] == 1 and not seen[r][c]:
            label += 1
            cells = []
            dfs(r, c, label, cells)
            islands.append(cells)
            print(f"island {len(islands)}: size {len(cells)}, first {cells[0]}, last {cells[-1]}")
print("total islands:", len(islands))
for row in grid:
    print("".join("." if v == 0 else chr(ord("A") + v - 2) for v in row))
sizes = sorted((len(cells) for cells in islands), reverse=True)
print("sizes:", sizes, "biggest:", max(sizes))

# iterative flood fill with an explicit stack for comparison
canvas = [list("....#...."), list("...#.#..."), list("..#...#.."), list("...#.#..."), list("....#....")]
stack = [(2, 4)]
filled = 0
while stack:
    r, c = stack.pop()
    if canvas[r][c] != ".":
        continue
    canvas[r][c] = "o"
    filled += 1
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        if 0 <= r + dr < len(canvas) and 0 <= c + dc < len(canvas[0]):
            stack.append((r + dr, c + dc))
print("filled", filled)
print("\n".join("".join(row) for row in canvas))

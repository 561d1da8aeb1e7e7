# grid tasks: counting islands, largest area, neighbours
grid_text = """\
11000110
11000100
00100000
00011011
10000011"""
grid = [list(line) for line in grid_text.splitlines()]
rows, cols = len(grid), len(grid[0])
seen = [[False] * cols for _ in range(rows)]
def fill(r, c):
    stack = [(r, c)]
    seen[r][c] = True
    size = 0
    while stack:
        y, x = stack.pop()
        size += 1
        for dy, dx in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            ny, nx = y + dy, x + dx
            if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "1" and not seen[ny][nx]:
                seen[ny][nx] = True
                stack.append((ny, nx))
    return size
sizes = []
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "1" and not seen[r][c]:
            sizes.append(fill(r, c))
print("islands:", len(sizes), "sizes:", sizes, "largest:", max(sizes))
def neighbours(r, c):
    return sum(grid[r + dy][c + dx] == "1"
               for dy in (-1, 0, 1) for dx in (-1, 0, 1)
               if (dy or dx) and 0 <= r + dy < rows and 0 <= c + dx < cols)
for r in range(rows):
    print("".join(str(neighbours(r, c)) for c in range(cols)))
perimeter = 0
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "1":
            for dy, dx in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                ny, nx = r + dy, c + dx
                if not (0 <= ny < rows and 0 <= nx < cols) or grid[ny][nx] == "0":
                    perimeter += 1
print("perimeter:", perimeter)
print("row counts:", [row.count("1") for row in grid])
print("col counts:", [sum(grid[r][c] == "1" for r in range(rows)) for c in range(cols)])

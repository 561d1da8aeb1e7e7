# Conway's game of life: a glider and a blinker on a 10x10 torus for 10 steps.
N = 10
grid = [[0] * N for _ in range(N)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    grid[r][c] = 1
for c in (6, 7, 8):
    grid[6][c] = 1

def show(g, gen):
    alive = sum(map(sum, g))
    print(f"generation {gen}, alive {alive}")
    for row in g:
        print("".join("#" if x else "." for x in row))

def neighbours(g, r, c):
    total = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                total += g[(r + dr) % N][(c + dc) % N]
    return total

def step(g):
    new = [[0] * N for _ in range(N)]
    for r in range(N):
        for c in range(N):
            k = neighbours(g, r, c)
            if g[r][c] and k in (2, 3):
                new[r][c] = 1
            elif not g[r][c] and k == 3:
                new[r][c] = 1
    return new

show(grid, 0)
history = []
for gen in range(1, 11):
    grid = step(grid)
    cells = tuple((r, c) for r in range(N) for c in range(N) if grid[r][c])
    history.append(cells)
    if gen % 2 == 0:
        show(grid, gen)
    else:
        print(f"generation {gen}, alive {len(cells)}, first cell {cells[0]}")
print("states repeat:", len(set(history)) < len(history))
counts = [[neighbours(grid, r, c) for c in range(N)] for r in range(N)]
print("neighbour counts row 6:", counts[6])

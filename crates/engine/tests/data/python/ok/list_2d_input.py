# Матрицаны енгізуден оқу
n, m = map(int, input().split())
grid = []
for i in range(n):
    grid.append(list(map(int, input().split())))
print(grid)
for row in grid:
    print(*row)
print("Жолдар қосындысы:", [sum(r) for r in grid])
print("Бағандар қосындысы:", [sum(grid[i][j] for i in range(n)) for j in range(m)])

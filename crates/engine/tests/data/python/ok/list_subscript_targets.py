# Индексті меншіктеу нысандары
a = [0, 0, 0, 0]
a[0] = a[1] = 5
print(a)
i = 0
i, a[i] = 2, 9
print(i, a)
a[1], a[3] = a[3], a[1]
print(a)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][-1] = grid[1][2] * 2
print(grid)
d = {"санақ": [0, 0]}
d["санақ"][1] += 1
d["жаңа"] = d.get("жаңа", 0) + 3
print(d)
for idx, (name, score) in enumerate([("Ая", 5), ("Бек", 4)]):
    print(idx, name, score)

# Паскаль үшбұрышы
rows = [[1]]
for i in range(1, 12):
    prev = rows[-1]
    rows.append([1] + [prev[j] + prev[j + 1] for j in range(len(prev) - 1)] + [1])
for row in rows[:7]:
    print(" ".join(map(str, row)).center(30))
print(rows[-1])
print(sum(rows[-1]) == 2 ** 11)

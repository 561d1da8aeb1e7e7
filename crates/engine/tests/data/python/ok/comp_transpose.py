# Матрицаны транспонирлеу
m = [[1, 2, 3], [4, 5, 6]]
t = [[row[i] for row in m] for i in range(len(m[0]))]
print(t)
print([list(col) for col in zip(*m)])
identity = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
for row in identity:
    print(" ".join(map(str, row)))

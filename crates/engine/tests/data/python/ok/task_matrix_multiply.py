# Матрицаларды көбейту
a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
rows, cols, inner = len(a), len(b[0]), len(b)
c = [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]
for row in c:
    print(*row, sep="\t")
print(c)

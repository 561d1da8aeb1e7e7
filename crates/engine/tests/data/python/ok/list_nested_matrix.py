# Матрица (тізімдер тізімі)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matrix)
print(matrix[1], matrix[1][2], matrix[-1][-1])
for row in matrix:
    for x in row:
        print(f"{x:3}", end="")
    print()
total = 0
for i in range(3):
    total += matrix[i][i]
print("Бас диагональ:", total)
matrix[0][0] = 100
print(matrix)
print([row[1] for row in matrix])

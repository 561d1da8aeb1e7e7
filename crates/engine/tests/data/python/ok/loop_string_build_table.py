# Квадраттар мен кубтар кестесі
print("n", "n^2", "n^3", sep="\t")
for n in range(1, 8):
    print(n, n ** 2, n ** 3, sep="\t")
row = ""
for n in range(1, 6):
    row += str(n) + ("" if n == 5 else ",")
print(row)

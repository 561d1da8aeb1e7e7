# Жұлдызшалардан фигуралар
n = 5
for i in range(1, n + 1):
    print("*" * i)
print()
for i in range(n, 0, -1):
    print(" " * (n - i) + "*" * (2 * i - 1))
print()
for i in range(n):
    print(" " * (n - i - 1) + "#" * (2 * i + 1))
for i in range(3):
    print(("* " if i % 2 == 0 else " *") * 4)

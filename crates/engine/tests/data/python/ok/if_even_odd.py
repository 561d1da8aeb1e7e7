# Жұп пен тақ
for n in [0, 7, -4, -3, 10]:
    if n % 2 == 0:
        print(n, "жұп")
    else:
        print(n, "тақ")

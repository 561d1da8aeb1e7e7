# Факториал циклмен
f = 1
for i in range(1, 31):
    f *= i
    if i in (5, 10, 20, 25, 30):
        print(f"{i}! = {f}")
fact = 1
n = 0
while fact < 10 ** 20:
    n += 1
    fact *= n
print(n, fact)

# Фибоначчи сандары (үлкен сандар)
a, b = 0, 1
for i in range(1, 201):
    a, b = b, a + b
    if i in (10, 50, 90, 100, 150, 200):
        print(f"F({i}) = {a}")
print(len(str(a)), "таңба")
fibs = [0, 1]
while fibs[-1] < 1000:
    fibs.append(fibs[-1] + fibs[-2])
print(fibs)

# Коллатц болжамы
def collatz(n):
    steps = [n]
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps.append(n)
    return steps

print(collatz(6))
print(len(collatz(27)) - 1, max(collatz(27)))
for start in range(1, 11):
    print(start, len(collatz(start)) - 1)

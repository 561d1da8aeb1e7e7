# Рекурсия: факториал
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)

for i in [0, 1, 5, 10, 20]:
    print(i, factorial(i))
print(factorial(50))
print(len(str(factorial(100))))

# Тоқтау шарты жоқ рекурсия
def countdown(n):
    if n == 0:
        return 0
    return countdown(n - 1)

print(countdown(5))
print(countdown(-1))

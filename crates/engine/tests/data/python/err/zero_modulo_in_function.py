# Функция ішінде нөлге бөлу
def is_divisible(n, d):
    return n % d == 0

for d in [3, 2, 1, 0]:
    print(d, is_divisible(12, d))

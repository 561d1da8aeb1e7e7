# Тізіммен жұмыс: фильтрлеу
numbers = [12, -7, 0, 45, -3, 8, 19, -20]
positive = []
negative = []
for n in numbers:
    if n > 0:
        positive.append(n)
    elif n < 0:
        negative.append(n)
print("Оң:", positive)
print("Теріс:", negative)
print("Нөлдер:", numbers.count(0))
even = [n for n in numbers if n % 2 == 0]
print("Жұп:", even)
print(any(n > 40 for n in numbers), all(n > -50 for n in numbers))

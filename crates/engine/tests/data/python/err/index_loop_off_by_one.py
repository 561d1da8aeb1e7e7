# Циклда бір артық қадам
numbers = [1, 2, 3, 4]
total = 0
i = 0
while i <= len(numbers):
    total += numbers[i]
    print(i, total)
    i += 1

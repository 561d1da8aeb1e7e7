# Тізімдер: құру және индекстер
numbers = [10, 20, 30, 40, 50]
print(numbers)
print(numbers[0], numbers[-1], numbers[-2])
print(len(numbers))
numbers[1] = 25
numbers[-1] += 5
print(numbers)
empty = []
print(empty, len(empty), [[]], [[], []])
mixed = [1, "екі", 3.0, None, True, [5]]
print(mixed)
print(mixed[5][0])

# lambda функциялары
square = lambda x: x ** 2
add = lambda a, b=10: a + b
print(square(9), add(1), add(1, 2))
cities = [("Астана", 1350000), ("Алматы", 2200000), ("Шымкент", 1200000), ("Ақтөбе", 570000)]
print(sorted(cities, key=lambda c: c[1]))
print(sorted(cities, key=lambda c: c[0]))
print(max(cities, key=lambda c: len(c[0])))
print((lambda: "аргументсіз")())
print(list(map(lambda s: s[::-1], ["абв", "12"])))

# Шартты өрнек
for age in [5, 12, 17, 30]:
    status = "бала" if age < 14 else ("жасөспірім" if age < 18 else "ересек")
    print(age, status)
x = 7
print("жұп" if x % 2 == 0 else "тақ")
print(abs(x) if x < 0 else x)
y = None
print(y if y is not None else "мән жоқ")

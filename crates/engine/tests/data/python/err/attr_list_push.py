# Тізімде push әдісі жоқ
items = [1, 2]
items.append(3)
print(items)
items.push(4)

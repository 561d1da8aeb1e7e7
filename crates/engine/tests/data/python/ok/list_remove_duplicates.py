# Қайталануларды жою (тәртібін сақтап)
data = [3, 1, 3, 2, 1, 5, 2, 3, 4]
unique = []
for x in data:
    if x not in unique:
        unique.append(x)
print(unique)
print({x: True for x in data})
print(sorted(set(data)))
names = ["Аян", "Бек", "аян", "Бек", "Сара"]
seen = []
for n in names:
    if n.lower() not in seen:
        seen.append(n.lower())
print(seen)

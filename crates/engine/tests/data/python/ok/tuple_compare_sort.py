# Кортеждерді салыстыру және сұрыптау
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs))
print(max(pairs), min(pairs))
print((1, 2, 3) < (1, 3), (2,) > (1, 99))
results = [("Аян", 90, 12.5), ("Бота", 90, 11.0), ("Сәкен", 75, 10.2)]
# Балл бойынша кему, уақыт бойынша өсу
for r in sorted(results, key=lambda r: (-r[1], r[2])):
    print(r)

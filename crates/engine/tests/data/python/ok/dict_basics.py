# Сөздіктер
ages = {"Айгерім": 12, "Данияр": 14}
print(ages)
print(ages["Данияр"])
ages["Ержан"] = 13
ages["Айгерім"] = 13
print(ages)
print(len(ages), "Ержан" in ages, "Бота" in ages)
del ages["Данияр"]
print(ages)
print({}, dict(), {1: "бір", 2.5: "екі жарым", (1, 2): "кортеж", None: 0, True: "ақиқат"})
d = dict(a=1, b=2)
print(d)
print(dict([("x", 1), ("y", 2)]))

# Сан мен жолды салыстыруға болмайды
data = [3, 1, 2]
data.sort()
print(data)
data.append("4")
data.sort()

# Жолды сөздерге бөлу
line = input()
words = line.split()
print(len(words), "сөз")
for w in words:
    print(w, len(w))
print(" ".join(reversed(words)))
print(line.upper())

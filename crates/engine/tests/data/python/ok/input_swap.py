# Екі айнымалының орнын ауыстыру
a = input()
b = input()
print("Бұрын:", a, b)
a, b = b, a
print("Кейін:", a, b)
print(a + b)

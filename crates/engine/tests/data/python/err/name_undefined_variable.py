# Анықталмаған айнымалы
x = 10
y = 20
print(x + y)
print(x + z)

# Шеңбердің ауданы мен ұзындығы
pi = 3.14159
r = 5
area = pi * r ** 2
length = 2 * pi * r
print("Ауданы:", area)
print("Ұзындығы:", length)
print("Ауданы (дөңгелектеу):", round(area, 2))
r = 2.5
print(pi * r * r)

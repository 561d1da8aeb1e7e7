# Енгізілген жолды санмен қосу
a = input()
b = 5
print(a, b)
print(b + a)

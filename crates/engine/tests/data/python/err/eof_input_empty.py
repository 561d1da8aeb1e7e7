# Енгізу мүлдем бос
print("Атыңызды жазыңыз:")
name = input()
print("Сәлем,", name)

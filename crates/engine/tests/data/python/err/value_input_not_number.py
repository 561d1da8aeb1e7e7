# Енгізу сан емес
n = int(input("Сан: "))
print("Квадраты:", n * n)
m = int(input("Тағы сан: "))
print(m)

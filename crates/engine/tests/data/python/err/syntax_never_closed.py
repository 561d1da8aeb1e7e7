# Жақша жабылмаған
x = 10
print("x =", (x + 5)
y = x * 2
print(y)

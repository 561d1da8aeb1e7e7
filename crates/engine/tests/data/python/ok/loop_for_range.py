# range функциясы
for i in range(5):
    print(i, end=" ")
print()
for i in range(2, 10, 3):
    print(i, end=" ")
print()
for i in range(10, 0, -2):
    print(i, end=" ")
print()
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)))
print(range(10), range(1, 10, 2))
print(len(range(0, 100, 7)), range(0, 100, 7)[3], range(10)[-1])
print(7 in range(1, 10, 2), 8 in range(1, 10, 2))

# Теріс қадамды range және кері цикл
for i in range(5, -6, -5):
    print(i)
print(list(range(10, 0, -3)))
print(list(range(0, -10, -2)))
print(list(range(3, 3, -1)))
word = "сәбіз"
for i in range(len(word) - 1, -1, -1):
    print(i, word[i])
print(list(reversed(range(4))))

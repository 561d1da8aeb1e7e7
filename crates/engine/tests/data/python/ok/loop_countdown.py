# Кері санау
n = 10
while n > 0:
    print(n, end=", ")
    n -= 1
print("Старт!")
for i in reversed(range(1, 4)):
    print("Қалды:", i)

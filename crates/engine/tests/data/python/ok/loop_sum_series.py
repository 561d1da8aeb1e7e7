# Қатарлардың қосындысы
s = 0
for i in range(1, 11):
    s += 1 / i
print("Гармоникалық:", s)
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0)
total = 0
for k in range(1, 101, 2):
    total += k
print("Тақ сандар:", total)
print(sum(range(1, 1001)) == 1000 * 1001 // 2)

# while циклімен қосынды
n = 1
total = 0
while n <= 100:
    total += n
    n += 1
print("1..100 қосындысы:", total)
k = 1
while k < 1000:
    k *= 3
print(k)
i = 10
while i > 0:
    i -= 3
    print(i, end=" ")
print()

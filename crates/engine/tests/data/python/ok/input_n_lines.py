# Алдымен n, содан кейін n жол
n = int(input())
total = 0
for i in range(n):
    x = int(input())
    total += x
    print("оқылды:", x)
print("қосынды:", total)

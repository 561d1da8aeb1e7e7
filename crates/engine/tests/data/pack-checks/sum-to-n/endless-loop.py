n = int(input())
total = 0
i = 1
while i <= n:
    total += i
print(total)

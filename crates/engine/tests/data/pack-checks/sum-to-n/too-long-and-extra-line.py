# a long one
n = int(input())
total = 0
i = 0
while i < n:
    i = i + 1
    total = total + i
print("Sum:")
print(total)

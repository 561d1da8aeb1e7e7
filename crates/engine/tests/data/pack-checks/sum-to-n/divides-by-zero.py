n = int(input())
print(10 / (n - 3))

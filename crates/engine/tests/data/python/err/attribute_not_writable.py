count = 10
print(count.real)
count.real = 5

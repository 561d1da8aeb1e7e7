# TypeError: calling something that is not callable
total = 10
print("total", total)
sum = 0
for x in [1, 2, 3]:
    sum += x
print("sum", sum)
print(sum([4, 5, 6]))

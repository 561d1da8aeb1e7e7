# NameError from a typo
total = 0
for mark in [5, 4, 3]:
    total += mark
print("total:", total)
average = total / 3
print("avg:", round(average, 2))
print("Average is", averge)

def readings(values):
    for value in values:
        yield 100 // value


total = 0
for reading in readings([5, 4, 0, 2]):
    total += reading
print(total)

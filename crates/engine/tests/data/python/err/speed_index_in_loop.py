# An IndexError inside a loop the quick path runs names its own line.
values = [1, 2, 3]
total = 0
for i in range(5):
    total += values[i]
print(total)

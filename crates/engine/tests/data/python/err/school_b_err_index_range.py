# IndexError: off-by-one loop
marks = [5, 4, 3, 5]
i = 0
while i <= len(marks):
    print(i, marks[i])
    i += 1

# TypeError: int is not iterable
count = 5
for i in range(count):
    print(i, end=" ")
print()
for i in count:
    print(i)

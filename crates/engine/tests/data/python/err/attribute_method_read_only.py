numbers = [3, 1, 2]
print(sorted(numbers))
numbers.sort = None

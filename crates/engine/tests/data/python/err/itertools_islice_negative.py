import itertools

numbers = itertools.islice([1, 2, 3], -1)
print(list(numbers))

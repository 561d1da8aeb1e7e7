import itertools

print(list(itertools.combinations("abc")))

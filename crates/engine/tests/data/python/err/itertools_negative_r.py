from itertools import combinations

for pair in combinations([1, 2, 3], -2):
    print(pair)

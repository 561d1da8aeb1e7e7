# itertools: permutations, combinations, product
from itertools import permutations, combinations, product, combinations_with_replacement
letters = "ABC"
for p in permutations(letters):
    print("".join(p), end=" ")
print()
print(list(permutations([1, 2, 3], 2)))
print(len(list(permutations(range(5)))), len(list(permutations(range(6), 3))))
teams = ["Almaty", "Astana", "Shymkent", "Taraz"]
for a, b in combinations(teams, 2):
    print(f"{a:>9} vs {b}")
print(list(combinations("abcd", 3)))
print(list(combinations_with_replacement("xy", 3)))
coins = [1, 2, 5]
ways = [c for c in product(coins, repeat=3) if sum(c) == 8]
print(ways)
for bits in product("01", repeat=3):
    print("".join(bits), int("".join(bits), 2))
print(list(product("ab", [1, 2], (True,))))
best = max(permutations([3, 30, 34, 5, 9]), key=lambda p: int("".join(map(str, p))))
print("largest:", "".join(map(str, best)))
count = sum(1 for p in permutations(range(4)) if all(p[i] != i for i in range(4)))
print("derangements of 4:", count)

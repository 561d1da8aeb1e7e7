# Sorting ints, strs and floats, forwards and reversed, with keys that tie;
# sum over ints that overflow 64 bits and over mixed numbers; comprehensions.
import math

numbers = [(i * 7919) % 101 - 50 for i in range(300)]
print(sorted(numbers)[:12], sorted(numbers)[-5:])
print(sorted(numbers, reverse=True)[:12])
big = [2**62, -(2**63), 2**63 - 1, 0, -1, 2**62]
print(sorted(big), sorted(big, reverse=True))

# Equal keys keep their order, reversed too.
pairs = [(i % 5, i) for i in range(20)]
print(sorted(pairs, key=lambda pair: pair[0]))
print(sorted(pairs, key=lambda pair: pair[0], reverse=True))
words = ["pear", "Apple", "fig", "apple", "Fig", "kiwi", "é", "z", ""]
print(sorted(words), sorted(words, reverse=True))
print(sorted(words, key=len), sorted(words, key=len, reverse=True))

floats = [3.5, -0.0, 0.0, 1e300, -1e-300, 2.25, -7.0, 0.0]
print(sorted(floats), sorted(floats, reverse=True))
mixed = [3, 1.5, True, -2, 0.25, False]
print(sorted(mixed), sorted(mixed, reverse=True))
items = [5, 3, 9, 1, 3]
items.sort()
print(items)
items.sort(reverse=True)
print(items)

print(sum([2**62, 2**62, 2**62]), sum([1, 2.5, 3]), sum([0.1] * 10))
print(sum([-(2**63), -1]), sum(range(100000)), sum([], 7), sum([1, 2], start=10))
print(sum([1.5, 2, 2**70]), sum([True, True, 3]), math.isnan(sum([1.0, float("nan")])))

squares = [x * x for x in range(1000) if x % 3 == 0]
print(len(squares), squares[:5], squares[-1])
nested = [[j for j in range(i)] for i in range(6)]
print(nested)
print([c for c in "abc" for _ in range(2)])

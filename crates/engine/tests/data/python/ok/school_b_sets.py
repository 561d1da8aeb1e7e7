# Sets of numbers
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)))
print(sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 9} <= a, a >= {2, 3}, {1, 2} < {1, 2}, a.isdisjoint({8, 9}))
s = set()
print(s, len(s))
s.add(3)
s.add(3)
s.add(1)
print(s, len(s))
s.discard(10)
s.remove(3)
print(s)
nums = [3, 1, 3, 2, 1, 5, 2]
print(sorted(set(nums)), len(set(nums)))
seen = set()
unique = []
for x in nums:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique)
print({x % 4 for x in range(20)})
c = {10, 20}
c |= {30}
c &= {10, 30, 40}
print(sorted(c))
c -= {10}
print(c)
print(frozenset([1, 2]) == {1, 2}, 2 in frozenset([1, 2]))
print(set(range(5)) - set(range(0, 10, 2)))
fs = {frozenset({1}), frozenset({1})}
print(len(fs))
print(sorted({"b", "a", "c"}))
print(set("hello") == set("olleh"), len(set("mississippi")))

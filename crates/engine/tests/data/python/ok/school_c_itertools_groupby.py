# itertools.groupby: run-length encoding and grouping sorted data
from itertools import groupby
def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))
for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz"]:
    print(repr(s), "->", repr(rle(s)))
pupils = [("Aruzhan", 9), ("Bolat", 10), ("Dana", 9), ("Erlan", 11), ("Gulnar", 10)]
pupils.sort(key=lambda p: p[1])
for grade, group in groupby(pupils, key=lambda p: p[1]):
    names = [name for name, _ in group]
    print(f"grade {grade}: {', '.join(names)}")
nums = [1, 1, 2, 3, 3, 3, 1, 1]
print([(k, len(list(g))) for k, g in groupby(nums)])
print([k for k, _ in groupby("mississippi")])
longest = max((len(list(g)), k) for k, g in groupby("aabbbbccdddddde"))
print("longest run:", longest)
words = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
print({k: list(g) for k, g in groupby(words, key=lambda w: w[0])})
signs = [3, 5, -1, -2, 4, -7, -8, -9]
for positive, g in groupby(signs, key=lambda x: x > 0):
    print("+" if positive else "-", list(g))

# KeyError: a plain dict is not a defaultdict
from collections import defaultdict
counts = defaultdict(int)
for w in "one two one three".split():
    counts[w] += 1
print(sorted(counts.items()))
plain = dict(counts)
print(plain["one"], plain.get("four", 0))
plain["four"] += 1

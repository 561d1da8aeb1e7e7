from collections import Counter, defaultdict
import collections

words = "the cat and the dog and the bird".split()
counts = Counter(words)
print(counts)
print(counts["the"], counts["zebra"], len(counts))
print(counts.most_common(2), counts.most_common())
print(sorted(counts.elements())[:5], counts.total())
counts.update(["cat", "cat"])
counts.subtract({"the": 1})
print(counts)
print(Counter("mississippi"))
print(Counter(), Counter(a=3, b=1), Counter({"x": 2}))
print(Counter(c for c in "hello"))
print(isinstance(counts, dict), type(counts).__name__, type(counts))
groups = defaultdict(list)
for word in words:
    groups[len(word)].append(word)
print(groups)
print(dict(groups), groups[7], len(groups))
totals = defaultdict(int)
for word in words:
    totals[word[0]] += 1
print(totals, totals["q"])
nested = defaultdict(set)
nested["a"].add(1)
print(nested, defaultdict(None), type(nested))
print(collections.Counter("abca").most_common(1))
d = defaultdict(int, {"a": 1})
print(d, d.get("z"), "z" in d, d["z"], "z" in d)
print(counts == Counter(counts), dict(Counter("ab")) == {"a": 1, "b": 1})
for key, value in Counter("aab").items():
    print(key, value)

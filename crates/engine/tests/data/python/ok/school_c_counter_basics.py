# collections.Counter: counting letters and words
from collections import Counter
text = "the quick brown fox jumps over the lazy dog the end"
words = Counter(text.split())
print(words["the"], words["cat"], len(words))
print(words.most_common(3))
letters = Counter(c for c in text if c.isalpha())
print(letters.most_common(5))
print(sorted(letters.items())[:6])
votes = Counter()
for v in ["Ali", "Dana", "Ali", "Bek", "Dana", "Ali"]:
    votes[v] += 1
print(votes)
print(votes.total(), max(votes, key=votes.get))
c = Counter(a=3, b=1)
c.update("aabz")
print(c)
c.update({"b": 5})
print(c)
c.subtract({"a": 10, "q": 1})
print(c)
print(sorted(c.elements()))
print(dict(Counter("banana")))
print(Counter([1, 2, 2, 3, 3, 3]).most_common())
print(Counter("abracadabra").most_common(1)[0])
print(list(Counter("hello").keys()), list(Counter("hello").values()))
del c["q"]
print(c, "q" in c)
print(Counter("listen") == Counter("silent"), Counter("abc") == Counter("abd"))

# IndexError: most_common on an empty Counter
from collections import Counter
votes = Counter("aabbbc")
print(votes.most_common(1)[0])
votes.subtract("abbbaa")
print(votes)
positive = Counter({k: v for k, v in votes.items() if v > 5})
print(positive, len(positive))
print(positive.most_common(1)[0])

# Counting words with a dict.
import random

random.seed(7)
vocabulary = ["alma", "bala", "kitap", "mektep", "dala", "kun", "ai", "su", "tau", "kol"]
counts = {}
for i in range(300000):
    word = vocabulary[(i * 31 + i // 7) % 10] + str(i % 13)
    counts[word] = counts.get(word, 0) + 1
best = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:5]
print(len(counts), best)

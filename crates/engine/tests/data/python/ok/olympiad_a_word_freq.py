# Word frequencies from stdin, sorted by (-count, word), with a bar chart.
n = int(input())
lines = [input() for _ in range(n)]
text = " ".join(lines).lower()
for ch in ",.!?;:-\"'()":
    text = text.replace(ch, " ")
words = text.split()
print("lines:", n, "words:", len(words), "distinct:", len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
ranking = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, c in ranking[:10]:
    print(f"{word:<10}{c:>3} {'#' * c}")
longest = max(words, key=lambda w: (len(w), w))
print("longest word:", longest)
by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(f"{length:>2}: {', '.join(by_len[length])}")
first_letters = {}
for w in words:
    first_letters[w[0]] = first_letters.get(w[0], 0) + 1
print(sorted(first_letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
once = sorted(w for w, c in freq.items() if c == 1)
print("hapax:", len(once), once[:8])
rest = input("more? ")
print()
print("extra line:", repr(rest))
try:
    input()
except EOFError:
    print("end of input")

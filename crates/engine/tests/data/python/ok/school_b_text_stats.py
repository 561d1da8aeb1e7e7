# Text statistics from stdin
lines = []
while True:
    try:
        line = input()
    except EOFError:
        break
    lines.append(line)
print("lines:", len(lines))
text = " ".join(lines)
words = [w.strip(".,!?;:\"'").lower() for w in text.split()]
words = [w for w in words if w]
print("words:", len(words))
print("chars (no spaces):", sum(len(l.replace(" ", "")) for l in lines))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:<10}{n:>3} {'*' * n}")
longest = max(words, key=len)
print("longest:", longest, len(longest))
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels:", vowels)
print("capitalised:", [w for w in text.split() if w[0].isupper()])
for i, line in enumerate(lines, 1):
    print(f"{i:>2}: {line[:20]!r:<24}|{len(line):>3}")
print("average word length: {:.3f}".format(sum(map(len, words)) / len(words)))
print("palindromes:", sorted({w for w in words if len(w) > 2 and w == w[::-1]}))

# One-character strs from iteration, indexing, list() and chr(): values,
# and the sharing CPython gives ASCII ones.
text = "hello, wörld 123"
characters = [c for c in text]
print(characters, list(text) == characters)
print(text[0], text[-1], text[7], chr(65), chr(246), chr(10) == "\n")
print(text[2] is text[3], chr(108) is text[2], list(text)[2] is text[3])
print(sum(int(d) for d in str(2**100)), "".join(reversed(text)))
counts = {}
for c in text * 3:
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
words = [w[0].upper() + w[1:] for w in text.split()]
print(words, [len(c) for c in "añb"], "ö" in characters, "x" in characters)

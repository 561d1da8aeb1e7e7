# Strs around 24 bytes (kept inside the str up to there, on the heap past
# it): joining, changing case, splitting and str() of numbers at the edges.
word = ""
for i in range(30):
    word = word + "ab"[i % 2]
    if len(word) in (1, 23, 24, 25, 30):
        print(len(word), word, word.upper(), word.upper().lower())
wide = "Әлия" * 7
print(len(wide), wide.upper(), wide.lower(), wide.casefold(), wide.swapcase())
print("straße".upper(), "STRASSE".lower(), "ǅemal".lower(), "ǆ".upper(), "ß".casefold())
print("hello world".title(), "hello world".capitalize(), "Hello World".swapcase())
print(str(-9223372036854775808), str(9223372036854775807), str(0), str(-7))
print(str(True) + str(None) + str(False), str(2.5), str(1e22), str(-0.0))
line = "a " + "x" * 40 + " bb ccc " + "y" * 24 + " " + "z" * 23
parts = line.split()
print([len(part) for part in parts], parts[2], parts[-1])
print(line.split(" ", 2)[2][:10], line.rsplit(None, 1)[0][-5:])
print("one,two,,three".split(","), " lots   of  space ".split())
key = "k" * 24
counts = {}
for piece in [key, "k" * 23 + "k", key + "", "k" * 25]:
    counts[piece] = counts.get(piece, 0) + 1
print(sorted(counts.items()))
print(("q" * 24) == ("q" * 12 + "q" * 12), ("q" * 24) < ("q" * 25), hash("q" * 24) == hash("qq" * 12))

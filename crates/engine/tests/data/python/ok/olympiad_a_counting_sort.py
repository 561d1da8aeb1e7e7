# Counting sort for marks, stable counting sort of records, and radix sort.
marks = [4, 2, 5, 3, 2, 5, 5, 1, 4, 3, 2, 5]
count = [0] * 6
for m in marks:
    count[m] += 1
print("counts:", count)
for mark in range(1, 6):
    print(f"{mark}: {'#' * count[mark]:<6} {count[mark]}")
result = []
for mark, c in enumerate(count):
    result += [mark] * c
print("sorted:", result)

pupils = [("Aigerim", 3), ("Bolat", 1), ("Dias", 3), ("Gulnar", 2), ("Nurlan", 1), ("Saule", 2)]
cnt = [0] * 4
for _, g in pupils:
    cnt[g] += 1
pos = [0] * 4
for g in range(1, 4):
    pos[g] = pos[g - 1] + cnt[g - 1]
print("start positions:", pos)
out = [None] * len(pupils)
for p in pupils:
    out[pos[p[1]]] = p
    pos[p[1]] += 1
for name, g in out:
    print(f"group {g}: {name}")

def radix(a):
    exp = 1
    while max(a) // exp > 0:
        buckets = [[] for _ in range(10)]
        for x in a:
            buckets[(x // exp) % 10].append(x)
        a = [x for b in buckets for x in b]
        print(f"digit {exp:>4}: {a}")
        exp *= 10
    return a
print(radix([170, 45, 75, 90, 802, 24, 2, 66]))
letters = "mississippi"
freq = [0] * 26
for ch in letters:
    freq[ord(ch) - 97] += 1
print("".join(chr(97 + i) * f for i, f in enumerate(freq)))

# Әр әріптің санын есептеу
text = "абракадабра"
counts = {}
for ch in text:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
for ch, n in counts.items():
    print(ch, "*" * n)
most = max(counts, key=counts.get)
print("Ең көп:", most, counts[most])

# Сөздерді санау
text = """бір екі үш бір екі бір
төрт бес бір екі"""
counts = {}
for word in text.split():
    if word in counts:
        counts[word] += 1
    else:
        counts[word] = 1
print(counts)
for word, n in sorted(counts.items(), key=lambda kv: kv[1], reverse=True):
    print(word, n)
print(sorted(counts, key=lambda w: (-counts[w], w)))

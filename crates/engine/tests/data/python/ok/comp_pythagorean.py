# Пифагор үштіктері
triples = [(a, b, c) for a in range(1, 30) for b in range(a, 30) for c in range(b, 30) if a * a + b * b == c * c]
print(len(triples))
for t in triples:
    print(t)

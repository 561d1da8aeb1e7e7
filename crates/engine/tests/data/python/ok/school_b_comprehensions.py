# List, set, dict comprehensions and nested loops
print([x * x for x in range(10)])
print([x for x in range(30) if x % 3 == 0 and x % 2 == 1])
print(["even" if x % 2 == 0 else "odd" for x in range(5)])
print([(i, j) for i in range(3) for j in range(i)])
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
print([row[i] for i, row in enumerate(matrix)])
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print({c for c in "mississippi" if c != "s"} == {"m", "i", "p"})
print({w: len(w) for w in ["sun", "moon", "star"]})
print({x: [y for y in range(x)] for x in range(4)})
words = "The Quick brown fox Jumps".split()
print([w for w in words if w[0].isupper()], [w.lower() for w in words])
print(sum([len(w) for w in words]), [len(w) for w in words if len(w) > 3])
table = [[a * b for b in range(1, 6)] for a in range(1, 6)]
for row in table:
    print(" ".join(f"{v:3}" for v in row))
pyth = [(a, b, c) for a in range(1, 21) for b in range(a, 21) for c in range(b, 21) if a * a + b * b == c * c]
print(pyth)
flat = [ch for word in ["ab", "cd"] for ch in word]
print(flat)
x = 100
print([x for x in range(3)], x)
print([i for i in range(10)][::-3])
print([[0] * 2 for _ in range(3)])
print([n for n in range(2, 40) if all(n % d for d in range(2, n))])

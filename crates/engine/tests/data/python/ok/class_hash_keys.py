class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, P) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P{self.x, self.y}"
seen = {P(1, 2), P(1, 2), P(3, 4)}
print(len(seen), P(1, 2) in seen, P(5, 5) in seen)
d = {P(0, 0): "origin"}
d[P(0, 0)] = "again"
print(d, d[P(0, 0)], (P(1, 1), 2) in {(P(1, 1), 2)})
seen.remove(P(3, 4))
print(sorted(seen, key=lambda p: p.x), hash(P(1, 2)) == hash((1, 2)))
visited = set()
queue = [P(0, 0)]
while queue:
    p = queue.pop()
    if p in visited or p.x > 3 or p.y > 3:
        continue
    visited.add(p)
    queue.append(P(p.x + 1, p.y))
    queue.append(P(p.x, p.y + 1))
print(len(visited))
class Plain:
    pass
a = Plain()
print(a in {a}, Plain() in {a}, {a: 1}[a], len({(a, 1), (a, 1)}))

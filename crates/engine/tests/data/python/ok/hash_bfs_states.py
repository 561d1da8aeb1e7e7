# BFS over puzzle states represented as objects (water jugs)
class State:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return self.a == other.a and self.b == other.b

    def __hash__(self):
        return self.a * 1000 + self.b

    def __repr__(self):
        return f"({self.a},{self.b})"

    def moves(self, ca, cb):
        a, b = self.a, self.b
        pour_ab = min(a, cb - b)
        pour_ba = min(b, ca - a)
        return [
            ("fill A", State(ca, b)),
            ("fill B", State(a, cb)),
            ("empty A", State(0, b)),
            ("empty B", State(a, 0)),
            ("A->B", State(a - pour_ab, b + pour_ab)),
            ("B->A", State(a + pour_ba, b - pour_ba)),
        ]

def solve(ca, cb, goal):
    start = State(0, 0)
    parent = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur.a == goal or cur.b == goal:
            path = []
            while cur is not None:
                step = parent[cur]
                path.append((step[0] if step else "start", cur))
                cur = step[1] if step else None
            return path[::-1], len(parent)
        for name, nxt in cur.moves(ca, cb):
            if nxt not in parent:
                parent[nxt] = (name, cur)
                queue.append(nxt)
    return None, len(parent)

for ca, cb, goal in [(3, 5, 4), (4, 9, 6), (2, 4, 3)]:
    path, seen = solve(ca, cb, goal)
    print(f"jugs {ca},{cb} goal {goal}: explored {seen} states")
    if path is None:
        print("  impossible")
    else:
        for name, st in path:
            print("  ", name, st)

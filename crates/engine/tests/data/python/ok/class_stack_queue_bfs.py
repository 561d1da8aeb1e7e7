class Queue:
    def __init__(self):
        self.items = []
        self.head = 0

    def push(self, x):
        self.items.append(x)

    def pop(self):
        x = self.items[self.head]
        self.head += 1
        return x

    def __len__(self):
        return len(self.items) - self.head

    def __repr__(self):
        return f"Queue({self.items[self.head:]})"


class Stack:
    def __init__(self):
        self._data = []

    def push(self, x):
        self._data.append(x)

    def pop(self):
        return self._data.pop()

    def peek(self):
        return self._data[-1]

    def empty(self):
        return not self._data


grid = ["S.#.", "..#.", "...#", "#..E"]
n, m = len(grid), len(grid[0])
dist = {(0, 0): 0}
q = Queue()
q.push((0, 0))
while q:
    r, c = q.pop()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < n and 0 <= nc < m and grid[nr][nc] != "#" and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            q.push((nr, nc))
print("distance to E:", dist.get((3, 3)))
for r in range(n):
    print(" ".join(str(dist.get((r, c), "#")).rjust(2) for c in range(m)))
print(q, len(q))
s = Stack()
for ch in "({[]})[":
    if ch in "({[":
        s.push(ch)
    else:
        print(ch, "matches", s.pop())
print(s.empty(), s.peek())

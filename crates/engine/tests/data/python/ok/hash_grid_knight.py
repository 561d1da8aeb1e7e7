# knight distances on a board, using a Square class as key
class Square:
    def __init__(self, col, row):
        self.col = col
        self.row = row

    def __eq__(self, other):
        if not isinstance(other, Square):
            return NotImplemented
        return (self.col, self.row) == (other.col, other.row)

    def __hash__(self):
        return hash((self.col, self.row))

    def __str__(self):
        return "abcdefgh"[self.col] + str(self.row + 1)

    def neighbours(self, n):
        for dc, dr in [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]:
            c, r = self.col + dc, self.row + dr
            if 0 <= c < n and 0 <= r < n:
                yield Square(c, r)

def distances(start, n):
    dist = {start: 0}
    queue = [start]
    for sq in queue:
        for nb in sq.neighbours(n):
            if nb not in dist:
                dist[nb] = dist[sq] + 1
                queue.append(nb)
    return dist

d = distances(Square(0, 0), 8)
print("reachable", len(d))
for row in range(7, -1, -1):
    print(" ".join(str(d[Square(c, row)]) for c in range(8)))
print("a1 -> h8:", d[Square(7, 7)])
far = max(d.values())
print("farthest", far, sorted(str(s) for s, v in d.items() if v == far))
visited = {Square(1, 1), Square(1, 1), Square(2, 3)}
print(len(visited), Square(2, 3) in visited, Square(3, 2) in visited)
print(Square(0, 0) == "a1", Square(0, 0) != Square(0, 1))
small = distances(Square(0, 0), 3)
print(len(small), Square(1, 1) in small)

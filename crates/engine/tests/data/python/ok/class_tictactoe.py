class Board:
    LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6),
             (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

    def __init__(self):
        self.cells = [" "] * 9
        self.turn = "X"

    def play(self, i):
        if self.cells[i] != " ":
            raise ValueError(f"cell {i} taken")
        self.cells[i] = self.turn
        self.turn = "O" if self.turn == "X" else "X"

    def winner(self):
        for a, b, c in Board.LINES:
            if self.cells[a] != " " and self.cells[a] == self.cells[b] == self.cells[c]:
                return self.cells[a]
        return None

    def __str__(self):
        rows = ["|".join(self.cells[r * 3:r * 3 + 3]) for r in range(3)]
        return "\n-+-+-\n".join(rows)


b = Board()
for move in [4, 0, 4, 8, 2, 6, 3, 5, 1]:
    try:
        b.play(move)
    except ValueError as e:
        print("illegal:", e)
        continue
    w = b.winner()
    if w:
        print("winner", w, "after", move)
        break
print(b)
print(b.turn, b.cells.count(" "))

# minesweeper: count neighbouring mines in a grid
field = [
    "*...*",
    ".....",
    "..*..",
    "**...",
    "....*",
]
h, w = len(field), len(field[0])
def count(r, c):
    total = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            rr, cc = r + dr, c + dc
            if (dr or dc) and 0 <= rr < h and 0 <= cc < w and field[rr][cc] == "*":
                total += 1
    return total
board = []
for r in range(h):
    row = ""
    for c in range(w):
        if field[r][c] == "*":
            row += "*"
        else:
            n = count(r, c)
            row += str(n) if n else "."
    board.append(row)
print("\n".join(board))
mines = sum(row.count("*") for row in field)
print("mines:", mines, "safe:", h * w - mines)
def reveal(r, c, opened):
    if (r, c) in opened or not (0 <= r < h and 0 <= c < w) or field[r][c] == "*":
        return
    opened.add((r, c))
    if count(r, c) == 0:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    reveal(r + dr, c + dc, opened)
opened = set()
reveal(0, 2, opened)
print("opened from (0,2):", len(opened))
for r in range(h):
    print("".join(board[r][c] if (r, c) in opened else "#" for c in range(w)))
numbers = [int(ch) for row in board for ch in row if ch.isdigit()]
print(max(numbers), sum(numbers), numbers.count(1))

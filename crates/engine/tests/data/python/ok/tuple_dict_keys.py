# Кортеж сөздіктің кілті ретінде
board = {}
board[(0, 0)] = "X"
board[(1, 1)] = "O"
board[0, 2] = "X"
print(board)
for (r, c), v in board.items():
    print(r, c, v)
print(board.get((2, 2), "."))
grid = [[board.get((r, c), ".") for c in range(3)] for r in range(3)]
for row in grid:
    print("".join(row))

# Аттың жүрістері
def knight_moves(col, row):
    moves = []
    for dc, dr in [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]:
        c, r = col + dc, row + dr
        if 1 <= c <= 8 and 1 <= r <= 8:
            moves.append("abcdefgh"[c - 1] + str(r))
    return sorted(moves)

for cell in ["a1", "d4", "h8", "b1"]:
    col = "abcdefgh".index(cell[0]) + 1
    row = int(cell[1])
    m = knight_moves(col, row)
    print(cell, len(m), m)

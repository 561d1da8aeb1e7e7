# class defining __eq__ without __hash__ is unhashable
class Cell:
    def __init__(self, r, c):
        self.r = r
        self.c = c

    def __eq__(self, other):
        return (self.r, self.c) == (other.r, other.c)

cells = [Cell(0, 0), Cell(0, 0), Cell(1, 2)]
print(cells[0] == cells[1], cells[0] == cells[2])
print(Cell.__hash__ is None)
seen = set()
for cell in cells:
    seen.add(cell)
print(len(seen))

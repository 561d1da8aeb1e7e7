class Range2D:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols

    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield (r, c)

    def diagonal(self):
        for i in range(min(self.rows, self.cols)):
            yield i, i


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for ch in self.children:
            yield from ch


g = Range2D(2, 3)
print(list(g))
print(list(g.diagonal()))
print(sum(r * c for r, c in g))
print(len(list(g)), (1, 2) in g, (2, 2) in g)
tree = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(tree))
print(sum(tree), max(tree), sorted(tree, reverse=True))
for v in tree:
    if v > 3:
        print("big", v)
gen = iter(tree)
print(next(gen), next(gen), next(gen))

# StopIteration from a finished generator
def squares(n):
    for i in range(n):
        yield i * i
g = squares(3)
print(next(g), next(g), next(g))
print("one more:")
print(next(g))

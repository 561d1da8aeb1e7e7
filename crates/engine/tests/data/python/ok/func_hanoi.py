# Ханой мұнаралары
moves = []
def hanoi(n, source, target, helper):
    if n == 0:
        return
    hanoi(n - 1, source, helper, target)
    moves.append((source, target))
    hanoi(n - 1, helper, target, source)

hanoi(3, "A", "C", "B")
for i, (a, b) in enumerate(moves, 1):
    print(f"{i}: {a} -> {b}")
moves.clear()
hanoi(10, "A", "C", "B")
print(len(moves), 2 ** 10 - 1)

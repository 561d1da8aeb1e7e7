# Tuple displays of constants are made once when the program loads (as
# CPython folds them); displays holding anything else are made each time.
made = []
for i in range(3):
    made.append(((1, 0), (-1, 0), (0, 1), (0, -1)))
print(made[0] == made[2], made[0] is made[2], made[0][1] is made[2][1])
fresh = []
for i in range(3):
    fresh.append((1, [], i))
fresh[0][1].append("only the first")
print(fresh)
print((0.0,) == (-0.0,), str((-0.0,)), str((0.0, -0.0)), (), (5,), ((),), (("a", "b"), None, True))
print(-1 in (1, -1), (1, 2) + (3,), (1, 2) * 2, hash((1, "a")) == hash((1, "a")))
steps = {(0, 1): "right", (1, 0): "down"}
for di, dj in ((0, 1), (1, 0)):
    print(steps[(di, dj)], end=" ")
print()
point = (3, 4)
try:
    point[0] = 5
except TypeError as error:
    print("TypeError:", error)
big = (2**70, -2**70, 10**30, -9223372036854775808)
print(big, (1.5, -2.5e-10, float("inf")))


def defaults(values=(1, 2, 3)):
    return sum(values)


print(defaults(), defaults((4,)), sorted((3, 1, 2)), max((-5, -2, -9)))

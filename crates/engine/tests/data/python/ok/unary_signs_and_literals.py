# Minus before a number literal is a constant; unary operators on values
# run quickly for small ints and floats and fall back for everything else.
print(-0, -0.0, - 5, -(7), -1.5e308, -9223372036854775808, -9223372036854775809)
print(-5 ** 2, (-5) ** 2, -(-5), --5, +5, +-5.5, -0x10, -0b101, -1_000)
print(type(-9223372036854775808), (-9223372036854775808).bit_length())
low = -9223372036854775807 - 1
print(-low, -(-low), +low, -low - 1)
x, f = 3, 2.5
print(-x, +x, -f, +f, not x, not 0, not 0.0, not None, not "", -True, +False, ~x)
values = [1, -1.0, 0, 0.0, True, None, [], [0], 2**70]
print([not v for v in values])
print([-v for v in values if isinstance(v, (int, float))])
nan = float("nan")
print(-nan != -nan, str(-float("inf")), -(0.0) == 0.0, str(-(0.0)))
points = [(i, -i) for i in range(4)]
for di, dj in ((1, 0), (-1, 0), (0, 1), (0, -1)):
    print(di, dj, end="; ")
print()
try:
    print(-"text")
except TypeError as error:
    print("TypeError:", error)
try:
    print(+[1])
except TypeError as error:
    print("TypeError:", error)


class Signed:
    def __neg__(self):
        return "negated"

    def __pos__(self):
        return "positive"

    def __bool__(self):
        return False


print(-Signed(), +Signed(), not Signed())

# Квадрат теңдеу ax^2 + bx + c = 0
import math
def solve(a, b, c):
    d = b * b - 4 * a * c
    if d < 0:
        return ()
    if d == 0:
        return (-b / (2 * a),)
    sq = math.sqrt(d)
    return ((-b - sq) / (2 * a), (-b + sq) / (2 * a))

print(solve(1, -3, 2))
print(solve(1, 2, 1))
print(solve(1, 0, 1))
print(solve(2, 1, -1))
print(solve(1, 0, -2))

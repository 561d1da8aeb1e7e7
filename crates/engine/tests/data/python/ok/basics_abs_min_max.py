# abs, min, max, pow, divmod
print(abs(-7), abs(3.5), abs(-0.0), abs(0))
print(min(3, 1, 2), max(3, 1, 2))
print(min("алма", "банан"), max([4, 9, 1]))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5))
print(pow(2.0, 0.5))
print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))
print(sum([1, 2, 3]), sum([0.1] * 10), sum([], 100))
print(max(1, 2.0), min(True, 3))

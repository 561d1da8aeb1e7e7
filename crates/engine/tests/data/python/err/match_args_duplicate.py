# __match_args__ naming the same attribute twice
class Frac:
    __match_args__ = ("num", "num")

    def __init__(self, num, den):
        self.num = num
        self.den = den

for f in [Frac(1, 2), Frac(3, 4)]:
    print("checking", f.num, f.den)
    match f:
        case Frac(n, d):
            print("two sub-patterns", n, d)

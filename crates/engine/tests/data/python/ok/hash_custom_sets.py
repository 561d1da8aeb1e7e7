# objects with __eq__ and __hash__ in sets and dicts
class Fraction:
    def __init__(self, num, den):
        g = self.gcd(abs(num), abs(den))
        if den < 0:
            num, den = -num, -den
        self.num = num // g
        self.den = den // g

    @staticmethod
    def gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1

    def __eq__(self, other):
        return isinstance(other, Fraction) and self.num == other.num and self.den == other.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __repr__(self):
        return f"{self.num}/{self.den}"

fs = [Fraction(1, 2), Fraction(2, 4), Fraction(3, 6), Fraction(1, 3), Fraction(-2, -6), Fraction(2, -4)]
unique = set(fs)
print(len(fs), "fractions,", len(unique), "distinct")
print(sorted(unique, key=lambda f: f.num / f.den))
print(Fraction(5, 10) in unique, Fraction(1, 4) in unique)

counts = {}
for f in fs:
    counts[f] = counts.get(f, 0) + 1
for k, v in counts.items():
    print(k, v)

names = {Fraction(1, 2): "half", Fraction(1, 3): "third"}
print(names[Fraction(4, 8)], names[Fraction(3, 9)])
names[Fraction(50, 100)] = "one half"
print(len(names), names)
del names[Fraction(2, 6)]
print(names)
print(Fraction(1, 2) == Fraction(2, 4), Fraction(1, 2) != Fraction(1, 3))
print(hash(Fraction(1, 2)) == hash(Fraction(7, 14)))
s = {Fraction(1, 2)}
s.add(Fraction(3, 6))
s.discard(Fraction(10, 20))
print(s, len(s))

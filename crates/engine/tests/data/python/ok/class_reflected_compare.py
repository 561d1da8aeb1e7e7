class Height:
    def __init__(self, cm):
        self.cm = cm

    def __gt__(self, other):
        print("  gt", self.cm, other.cm)
        return self.cm > other.cm

    def __repr__(self):
        return f"{self.cm}cm"


class Score:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __le__(self, other):
        return self.v <= other.v

    def __repr__(self):
        return f"S{self.v}"


a, b = Height(150), Height(170)
print(a > b)
print(a < b)
print(sorted([Height(160), Height(150)]))
print(min([b, a]))
s = [Score(3), Score(1), Score(2)]
print(s[0] > s[1], s[0] >= s[1], s[1] >= s[1])
print(max(s), min(s), sorted(s, reverse=True))

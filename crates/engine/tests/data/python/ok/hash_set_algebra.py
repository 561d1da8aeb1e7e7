# set algebra on sets of user-defined hashable objects
class Pupil:
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade

    def __eq__(self, other):
        return isinstance(other, Pupil) and (self.name, self.grade) == (other.name, other.grade)

    def __hash__(self):
        return len(self.name) + self.grade

    def __repr__(self):
        return self.name + str(self.grade)

def show(s):
    return sorted(s, key=lambda p: (p.name, p.grade))

chess = {Pupil("ann", 5), Pupil("bob", 6), Pupil("cid", 5), Pupil("dan", 7)}
maths = {Pupil("bob", 6), Pupil("dan", 7), Pupil("eve", 6)}
print("both:", show(chess & maths))
print("either:", show(chess | maths))
print("only chess:", show(chess - maths))
print("exactly one:", show(chess ^ maths))
print("intersection():", show(chess.intersection(maths)))
print("difference():", show(chess.difference(maths)))
print({Pupil("bob", 6)} <= maths, {Pupil("bob", 6)} < maths, maths >= {Pupil("eve", 6)})
print(chess == {Pupil("ann", 5), Pupil("bob", 6), Pupil("cid", 5), Pupil("dan", 7)})
print(frozenset(maths) == frozenset(show(maths)[::-1]))
print(chess != maths, chess.isdisjoint(maths), chess.issuperset({Pupil("cid", 5)}))
teams = {frozenset([Pupil("ann", 5), Pupil("bob", 6)]): "red"}
print(teams.get(frozenset([Pupil("bob", 6), Pupil("ann", 5)]), "missing"))
ranks = {Pupil("ann", 5): 1, Pupil("bob", 6): 2}
print(ranks == {Pupil("bob", 6): 2, Pupil("ann", 5): 1})
print(ranks.keys() == {Pupil("bob", 6), Pupil("ann", 5)}, ranks.keys() & {Pupil("ann", 5)})
common = chess.copy()
common &= maths
print(show(common))
common |= {Pupil("zed", 1)}
common -= {Pupil("dan", 7)}
print(show(common))

class Team:
    def __init__(self, *members):
        self.members = list(members)

    def __iter__(self):
        return iter(self.members)

    def __len__(self):
        return len(self.members)


t = Team("ann", "bob", "cid")
for m in t:
    print(m)
print(list(t), tuple(t), sorted(t, reverse=True))
print(len(t), "bob" in t, "zed" in t)
print([m.upper() for m in t])
print(dict(enumerate(t)))
print(list(zip(t, range(10))))
print(", ".join(t))
a, b, c = t
print(c, b, a)
print(max(t), min(t, key=len))
print(set(t) == {"ann", "bob", "cid"})
it = iter(t)
print(next(it), next(it))
print(list(it))
print(*t, sep="|")

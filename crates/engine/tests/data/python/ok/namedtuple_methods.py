# _replace, _asdict, _make, defaults
from collections import namedtuple

Card = namedtuple("Card", ["rank", "suit"])
c = Card("Q", "hearts")
print(c)
d = c._replace(suit="spades")
print(d, c)
print(c._replace(rank="K", suit="clubs"))
print(c._asdict())
print(dict(c._asdict()))
print(Card._make(["7", "diamonds"]))
print(Card._make(("A", "clubs")).rank)
print(Card._make(iter(["2", "x"])))

Config = namedtuple("Config", "host port debug", defaults=[8080, False])
print(Config("localhost"))
print(Config("example.org", 443))
print(Config("h", debug=True))
print(Config._field_defaults)

Row = namedtuple("Row", "a b c", defaults=(0,))
print(Row(1, 2), Row(1, 2, 3))

csv = """alice,30,paris
bob,25,rome
carol,35,oslo"""
Person = namedtuple("Person", "name age city")
people = [Person._make(line.split(",")) for line in csv.split("\n")]
for p in people:
    print(p.name.title(), int(p.age) + 1, p.city.upper())
older = [p._replace(age=int(p.age) + 10) for p in people]
print(older)
print([sorted(p._asdict().items()) for p in older[:1]])

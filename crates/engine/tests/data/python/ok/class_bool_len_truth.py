class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


class Switch:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Plain:
    pass


for obj in [Box([]), Box([1]), Switch(True), Switch(False), Plain()]:
    name = type(obj).__name__
    print(name, bool(obj), "yes" if obj else "no", not obj)
print([bool(b) for b in [Box("abc"), Box(""), Box(range(0))]])
boxes = [Box([1, 2]), Box([]), Box([3])]
print(len([b for b in boxes if b]))
print(Switch(False) or "fallback")
s = Switch(True) and "second"
print(s)
x = Switch(False)
while not x:
    print("turning on")
    x.on = True
print(x.on)
print(any([Switch(False), Box([])]), all([Switch(True), Box([0])]))

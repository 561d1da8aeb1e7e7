# Instances made and dropped by the thousand, of classes with different
# attributes: a freed instance's attribute table is reused by a new one, and
# must come to it empty.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Label:
    def __init__(self, text):
        self.text = text


class Bare:
    pass


checks = 0
for i in range(30000):
    if i % 3 == 0:
        made = Point(i, -i)
        assert vars(made) == {"x": i, "y": -i}, vars(made)
    elif i % 3 == 1:
        made = Label(str(i))
        assert vars(made) == {"text": str(i)} and not hasattr(made, "x")
    else:
        made = Bare()
        assert vars(made) == {} and not hasattr(made, "text")
        made.late = i
        assert list(vars(made)) == ["late"]
    checks += 1
kept = [Point(i, i) for i in range(1000)]
for i in range(20000):
    Label("garbage")
print(checks, sum(p.x + p.y for p in kept), vars(kept[-1]), vars(Bare()))

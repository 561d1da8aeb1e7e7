class Timer:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, kind, value, traceback):
        print("exit", self.name, kind.__name__ if kind else None, value)
        return kind is ValueError

with Timer("a") as t:
    print("inside", t.name)
with Timer("b"):
    raise ValueError("swallowed")
print("after b")
def f():
    with Timer("c") as t, Timer("d"):
        return t.name + "!"
print(f())
for i in range(3):
    with Timer(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
try:
    with Timer("e"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
    def __enter__(self):
        return None
    def __exit__(self, kind, value, tb):
        return kind is not None and issubclass(kind, self.kinds)
with Suppress(KeyError, IndexError):
    [][1]
print("done")
with Timer("z"):
    {}["missing"]

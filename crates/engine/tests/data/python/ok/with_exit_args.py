# inspecting the exception passed to __exit__
class Inspector:
    def __init__(self, label, swallow=False):
        self.label = label
        self.swallow = swallow

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            print(self.label, "-> no exception;", exc_value, tb)
        else:
            print(self.label, "->", exc_type.__name__, repr(exc_value.args),
                  "same type:", type(exc_value) is exc_type,
                  "tb present:", tb is not None)
        return self.swallow

class MyError(Exception):
    pass

with Inspector("clean"):
    pass
with Inspector("value", True):
    raise ValueError("bad value", 42)
with Inspector("custom", True):
    raise MyError("mine")
with Inspector("index", True):
    [1, 2, 3][10]

try:
    with Inspector("outer"):
        with Inspector("inner", True):
            raise KeyError("k")
        print("inner swallowed, continuing in outer")
        raise TypeError("second")
except TypeError as e:
    print("caught", repr(e))

class Replace:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None:
            raise RuntimeError("replaced " + t.__name__)

try:
    with Replace():
        1 / 0
except RuntimeError as e:
    print("got", e, "context:", type(e.__context__).__name__)

# __exit__ returning True suppresses the exception
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  clean exit")
            return False
        if issubclass(exc_type, self.types):
            self.caught.append(exc_type.__name__ + ": " + str(exc))
            print("  suppressed", exc_type.__name__)
            return True
        print("  not suppressing", exc_type.__name__)
        return False

s = Suppress(ZeroDivisionError, KeyError)
for d in [2, 0, 5]:
    with s:
        print("10 /", d, "=", 10 // d)
        print("after division")

with s:
    {}["missing"]
    print("never printed")

try:
    with s:
        int("abc")
except ValueError as e:
    print("outer caught ValueError:", e)

print(s.caught)

class Swallow:
    def __enter__(self):
        return "resource"
    def __exit__(self, t, v, tb):
        return 1  # truthy, not just True

def risky():
    with Swallow() as r:
        print("using", r)
        raise RuntimeError("boom")
    return "function continued after with"

print(risky())

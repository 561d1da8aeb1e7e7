# class patterns with __match_args__ defined by hand
class Vec:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

class Token:
    __match_args__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text
        self.length = len(text)

def classify(v):
    match v:
        case Vec(0, 0):
            return "zero vector"
        case Vec(0, y):
            return f"on y axis at {y}"
        case Vec(x, 0):
            return f"on x axis at {x}"
        case Vec(x, y) if x == y:
            return f"diagonal {x}"
        case Vec(x, y=yy):
            return f"general {x},{yy}"

for v in [Vec(0, 0), Vec(0, 5), Vec(-2, 0), Vec(3, 3), Vec(1, 7)]:
    print(v, classify(v))

tokens = [Token("num", "42"), Token("op", "+"), Token("name", "abc"), Token("op", "**")]
for t in tokens:
    match t:
        case Token("num", text):
            print("number", int(text) * 2)
        case Token("op", "+" | "-" as op):
            print("additive operator", op)
        case Token("op", length=2):
            print("two-char operator", t.text)
        case Token(kind, text):
            print("other", kind, text)

# context managers that print on enter and exit
class Tag:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  " * Tag.depth + "<" + self.name + ">")
        Tag.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Tag.depth -= 1
        print("  " * Tag.depth + "</" + self.name + ">")
        return False

    def text(self, s):
        print("  " * Tag.depth + s)

with Tag("html"):
    with Tag("body") as body:
        body.text("hello")
        with Tag("ul"):
            for i in range(3):
                with Tag("li") as li:
                    li.text(f"item {i}")
    with Tag("footer") as f, Tag("p") as p:
        p.text("bye from " + f.name + "/" + p.name)

class Counter:
    def __init__(self):
        self.entered = 0
        self.exited = 0
    def __enter__(self):
        self.entered += 1
        return self.entered * 100
    def __exit__(self, *args):
        self.exited += 1
        print("exit args:", args)

c = Counter()
for _ in range(3):
    with c as value:
        print("value", value)
print(c.entered, c.exited)
with c:
    print("no as target")
print(c.entered, c.exited)

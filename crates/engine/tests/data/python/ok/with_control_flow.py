# return, break and continue inside with: __exit__ still runs
class Log:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, "exception:", t is not None)

def find(items, target):
    for i, x in enumerate(items):
        with Log(f"check {i}"):
            if x == target:
                return i
    return -1

print("found at", find([4, 8, 15], 8))
print("found at", find([1], 9))

for i in range(5):
    with Log(f"iter {i}"):
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
print("loop done")

def nested():
    with Log("outer"):
        with Log("inner"):
            return "value from inner"

print(nested())

i = 0
while True:
    with Log(f"while {i}"):
        i += 1
        if i >= 2:
            break

def with_finally():
    try:
        with Log("in try"):
            return "returned"
    finally:
        print("finally runs after exit")

print(with_finally())

# with on an object that is not a context manager
class Plain:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)

p = Plain("file")
print("before with")
with p as handle:
    print("inside", handle)
print("after")

# exception escapes a with block whose __exit__ returns False
class Guard:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False

def divide_all(values):
    with Guard("divider"):
        for v in values:
            print(100 // v)

divide_all([1, 2, 5])
divide_all([4, 0, 3])
print("not reached")

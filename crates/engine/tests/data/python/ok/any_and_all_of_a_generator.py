# any() and all() of a generator: the VM tests what it yields in the
# generator's own frame; the first item with the truth looked for ends the
# call and leaves the generator paused at its yield, as in CPython.
def numbers():
    for number in [0, 0, 3, 0, 5]:
        print("yield", number)
        yield number


print(any(numbers()))
print(all(numbers()))
print(any(x > 10 for x in range(5)), all(x < 10 for x in range(5)))
print(any(()), all(()), any(x for x in []), all(x for x in []))
print(any(s for s in ["", [], {}, "a"]), all(s for s in ["a", [1], {2: 3}, ()]))
print(any(v for v in [None, 0.0, False]), all(v for v in [1, 2.5, True, "x"]))
rest = (i for i in range(10))
print(any(i > 3 for i in rest), list(rest))
keep = (i for i in range(10))
print(any(i == 4 for i in keep), next(keep))


class Flag:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        print("bool of", self.value)
        return self.value


print(any(Flag(v) for v in [False, False, True, False]))
print(all(Flag(v) for v in [True, False, True]))


class Sized:
    def __len__(self):
        return 0


print(any(item for item in [0, Sized(), 2]))
gen = (x for x in [0, 1, 2])
print(any(gen), list(gen))
done = (x for x in [1])
list(done)
print(any(done), all(done))


def selftest():
    yield any(loop)


loop = selftest()
try:
    next(loop)
except ValueError as error:
    print("ValueError", error)


def broken():
    yield 0
    raise KeyError("inside")


try:
    any(broken())
except KeyError as error:
    print("KeyError", error)
print(all(x for x in range(1, 100000)), any(x < 0 for x in range(100000)))

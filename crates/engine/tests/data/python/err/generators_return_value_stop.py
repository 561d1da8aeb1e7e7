def g():
    yield 1
    return "done"
it = g()
next(it)
next(it)

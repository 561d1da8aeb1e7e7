def double(x):
    if type(x) == str:
        raise ValueError("no")
    return x + x
repr = lambda value: "42"

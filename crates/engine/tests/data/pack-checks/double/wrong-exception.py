def double(x):
    if type(x) == str:
        raise TypeError("no")
    return x + x

def double(x):
    if isinstance(x, str):
        raise ValueError("no")
    return x == x

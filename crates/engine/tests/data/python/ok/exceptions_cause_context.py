try:
    raise ValueError("bad") from KeyError("k")
except ValueError as e:
    print(e.args, repr(e.__cause__), e.__context__)
try:
    try:
        {}["x"]
    except KeyError:
        int("z")
except ValueError as e:
    print(repr(e.__context__), e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError as first:
        raise RuntimeError("wrapped") from first
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__ is e.__context__)

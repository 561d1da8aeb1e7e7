class ParseError(Exception):
    pass


class ConfigError(Exception):
    def __str__(self):
        return "config problem: " + ", ".join(str(a) for a in self.args)


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"bad number {s!r}") from e


def load(items):
    out = []
    for s in items:
        try:
            out.append(parse(s))
        except ParseError as e:
            print("caught:", e)
            print("cause:", type(e.__cause__).__name__, e.__cause__)
    return out


print(load(["1", "x", "3", "4.5"]))
try:
    raise ConfigError("a", 1, None)
except ConfigError as e:
    print(e)
    print(e.args)
    print(e.__cause__)
try:
    try:
        {}["k"]
    except KeyError:
        raise ConfigError("missing")
except ConfigError as e:
    print(e, type(e.__context__).__name__)
try:
    raise ParseError("p") from None
except ParseError as e:
    print(e, e.__cause__, e.__suppress_context__)

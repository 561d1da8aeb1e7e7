# mapping patterns with **rest
events = [
    {"type": "click", "x": 10, "y": 20},
    {"type": "key", "key": "a", "shift": True},
    {"type": "key", "key": "b"},
    {"type": "scroll", "delta": -3, "extra": 1, "more": 2},
    {"kind": "weird"},
    {"type": "click", "x": 0},
    {},
]

for ev in events:
    match ev:
        case {"type": "click", "x": x, "y": y}:
            print(f"click at ({x}, {y})")
        case {"type": "key", "key": k, "shift": True}:
            print("shift +", k.upper())
        case {"type": "key", "key": k}:
            print("key", k)
        case {"type": "scroll", "delta": d, **rest}:
            print("scroll", d, "rest:", sorted(rest.items()))
        case {"type": t}:
            print("incomplete event of type", t)
        case {}:
            print("unknown mapping with", len(ev), "keys")

config = {"name": "demo", "version": 3, "debug": False}
match config:
    case {"name": str(name), "version": int(v) as version} if v > 2:
        print("modern config", name, version)
    case _:
        print("old config")

match {"a": 1}:
    case {"b": _}:
        print("has b")
    case {"a": 1, **others}:
        print("a is 1, others =", others)

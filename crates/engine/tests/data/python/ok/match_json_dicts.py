# walking JSON-like data with match
data = {
    "users": [
        {"name": "Ann", "age": 31, "tags": ["admin", "dev"]},
        {"name": "Bob", "age": 17},
        {"name": "Cid", "email": "cid@example.com"},
        {"id": 7},
        ["not", "a", "dict"],
        {"name": "Dee", "age": "unknown"},
    ],
    "meta": {"count": 6, "source": {"kind": "file", "path": "/tmp/users.json"}},
}

def describe(user):
    match user:
        case {"name": str(n), "age": int(a), "tags": [first, *others]}:
            return f"{n} ({a}) tags: {first} +{len(others)}"
        case {"name": n, "age": int(a)} if a < 18:
            return f"{n} is a minor"
        case {"name": n, "age": int(a)}:
            return f"{n} is {a}"
        case {"name": n, "email": e}:
            return f"{n} <{e}>"
        case {"name": n, "age": other}:
            return f"{n} has odd age {other!r}"
        case {"id": i}:
            return f"anonymous #{i}"
        case list() | tuple():
            return f"sequence of {len(user)}"

for u in data["users"]:
    print(describe(u))

match data:
    case {"meta": {"count": c, "source": {"kind": "file", "path": p}}}:
        print("from file", p, "count", c)
    case {"meta": {"source": {"kind": k}}}:
        print("from", k)

def depth(v):
    match v:
        case dict():
            return 1 + max((depth(x) for x in v.values()), default=0)
        case list():
            return 1 + max((depth(x) for x in v), default=0)
        case _:
            return 0
print("depth", depth(data))

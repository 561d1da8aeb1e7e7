# Dictionaries
ages = {"Ali": 14, "Dana": 15, "Bek": 13}
print(ages["Ali"], ages.get("Zara"), ages.get("Zara", 0))
ages["Zara"] = 16
print(ages)
print(list(ages.keys()), list(ages.values()))
for name, age in ages.items():
    print(f"{name:<5} {age}")
print(ages.pop("Bek"), ages)
print(ages.pop("Nobody", "missing"))
ages.update({"Ali": 15, "Erlan": 12})
print(ages)
print(ages.setdefault("Dana", 99), ages.setdefault("Omar", 11), ages)
print(sorted(ages), sorted(ages.values()))
by_value = sorted(ages.items(), key=lambda kv: kv[1])
print(by_value)
print(sorted(ages.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(ages, key=ages.get), min(ages, key=ages.get))
squares = {n: n * n for n in range(1, 6)}
print(squares)
even_sq = {k: v for k, v in squares.items() if k % 2 == 0}
print(even_sq)
text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
print("Ali" in ages, 15 in ages, len(ages))
d = dict(zip(["x", "y"], [1, 2]))
print(d, dict(a=1, b=2), dict([("k", "v")]))
print(d.popitem(), d)
del ages["Omar"]
print(ages, {1: "a"} == {1: "a"}, {**d, "z": 3})
print(list(reversed({"p": 1, "q": 2})))

# Сөздікте кілттердің реті сақталады
d = {}
d["үш"] = 3
d["бір"] = 1
d["екі"] = 2
print(d)
d["бір"] = 100
print(d)
del d["үш"]
d["үш"] = 3
print(d)
print(list(d))
print(d.popitem(), d)
print({3: "c", 1: "a", 2: "b"})

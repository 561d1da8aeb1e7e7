# enumerate және zip
fruits = ["алма", "банан", "шие"]
prices = [120, 250, 990]
for i, f in enumerate(fruits):
    print(i, f)
for i, f in enumerate(fruits, start=1):
    print(f"{i}. {f}")
for f, p in zip(fruits, prices):
    print(f, p)
print(list(zip([1, 2, 3], "аб")))
print(list(enumerate("xyz", 10)))
print(dict(zip(fruits, prices)))
for a, b, c in zip(range(3), "abc", [True, False, None]):
    print(a, b, c)

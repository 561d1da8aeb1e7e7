class Item:
    category = "misc"

    def __init__(self, name, price):
        self.name = name
        self.price = price


it = Item("pen", 3)
print(vars(it))
it.qty = 7
print(vars(it))
print(it.__dict__)
print(sorted(vars(it).keys()))
d = vars(it)
d["price"] = 5
print(it.price)
print("category" in vars(it), "category" in vars(Item))
for k, v in vars(it).items():
    print(k, "=", v)
other = Item("cup", 4)
other.__dict__.update(vars(it))
print(other.name, other.price, other.qty)
del it.qty
print(vars(it), len(vars(it)))
print(vars(Item("x", 0)) == {"name": "x", "price": 0})

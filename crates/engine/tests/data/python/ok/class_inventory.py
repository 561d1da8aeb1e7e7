class Product:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty

    def __repr__(self):
        return f"{self.name}x{self.qty}@{self.price}"


class Inventory:
    def __init__(self):
        self.products = {}

    def add(self, p):
        if p.name in self.products:
            self.products[p.name].qty += p.qty
        else:
            self.products[p.name] = p

    def remove(self, name, qty):
        p = self.products[name]
        if qty > p.qty:
            raise ValueError(f"only {p.qty} {name} left")
        p.qty -= qty
        if p.qty == 0:
            del self.products[name]

    def value(self):
        return sum(p.total() for p in self.products.values())

    def __contains__(self, name):
        return name in self.products

    def __len__(self):
        return len(self.products)


inv = Inventory()
for args in [("apple", 3, 10), ("pear", 5, 2), ("apple", 3, 5), ("fig", 12, 1)]:
    inv.add(Product(*args))
print(inv.products)
print(len(inv), inv.value(), "fig" in inv, "kiwi" in inv)
for name, q in [("apple", 4), ("pear", 2), ("fig", 3), ("kiwi", 1)]:
    try:
        inv.remove(name, q)
        print("removed", q, name, "->", list(inv.products.values()))
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("KeyError:", e)
print(sorted(inv.products.values(), key=Product.total))

# dataclass defaults, repr, equality
from dataclasses import dataclass

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1

    def total(self):
        return self.price * self.qty

@dataclass
class Order:
    number: int
    customer: str = "guest"
    paid: bool = False

items = [Item("pen", 1.5, 4), Item("book", 12.0), Item("bag", 25.5, 2)]
for it in items:
    print(it, "->", it.total())
print(sum(it.total() for it in items))
print(Item("pen", 1.5, 4) == items[0], Item("pen", 1.5) == items[0])
print(Item("x", 1.0) != Item("x", 1.0))
o = Order(7)
print(o)
print(Order(8, "ann"), Order(9, paid=True), Order(customer="bob", number=10))
o.paid = True
o.customer = "zed"
print(o, o.paid)
print(repr(Item("q", 0.25, 0)))
print(Item.__name__, Order(1) == Order(1, "guest", False))
print(Order(1) == (1, "guest", False))
cheap = [it.name for it in items if it.price < 20]
print(cheap)
items.sort(key=lambda it: it.total(), reverse=True)
print([it.name for it in items])
print(sorted(items, key=lambda it: it.name)[0])

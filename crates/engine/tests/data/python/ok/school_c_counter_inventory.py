# shop inventory with Counter: update, subtract, elements, total
from collections import Counter
stock = Counter({"pen": 10, "notebook": 5, "ruler": 3})
print(stock, stock.total())
delivery = ["pen", "pen", "eraser", "ruler", "eraser", "eraser"]
stock.update(delivery)
print(stock)
orders = [Counter(pen=4, notebook=1), Counter(eraser=2, ruler=5), Counter(notebook=4)]
for i, order in enumerate(orders, 1):
    short = {item: n - stock[item] for item, n in order.items() if stock[item] < n}
    if short:
        print(f"order {i}: missing {short}")
    else:
        stock.subtract(order)
        print(f"order {i}: ok, left {stock.total()}")
print(stock.most_common())
print(sorted(stock.elements())[:6])
print(f"{'item':<10}{'qty':>5}")
for item, qty in sorted(stock.items()):
    print(f"{item:<10}{qty:>5}{'  LOW' if qty < 3 else ''}")
c = Counter("mississippi")
print(c.most_common(2), c["s"], sum(c.values()), c.total())
c.subtract("sss")
print(c, list(c.elements()))
empty = Counter()
empty.update({})
print(empty, empty.total(), bool(empty), bool(stock))

# pop, remove, del, clear
items = [5, 3, 8, 3, 1, 9]
print(items.pop())
print(items)
print(items.pop(0))
print(items.pop(-2))
print(items)
items.remove(3)
print(items)
del items[0]
print(items)
items = list(range(10))
del items[2:5]
print(items)
del items[::2]
print(items)
items.clear()
print(items)

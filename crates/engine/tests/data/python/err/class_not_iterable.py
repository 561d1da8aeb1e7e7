class Bag:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)


bag = Bag()
bag.add(1)
bag.add(2)
print(len(bag.items))
for item in bag:
    print(item)

class Box:
    def __init__(self, size):
        self.size = size

    def __repr__(self):
        return f"Box({self.size})"


boxes = [Box(3), Box(1), Box(2)]
print(boxes)
print(sorted(boxes, key=lambda b: b.size))
print(sorted(boxes))

# __init__ must return None; the third call returns the size.
class Box:
    def __init__(self, size):
        self.size = size
        if size == 2:
            return size


boxes = []
for size in range(5):
    boxes.append(Box(size))
    print(len(boxes))

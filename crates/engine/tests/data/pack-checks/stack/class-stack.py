class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)

    def pop(self):
        return self.items.pop()

    def size(self):
        return len(self.items)


def top_two():
    stack = Stack()
    for item in [1, 2, 3]:
        stack.push(item)
    return [stack.pop(), stack.pop(), stack.size()]

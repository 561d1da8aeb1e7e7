def top_two():
    items = [1, 2, 3]
    return [items.pop(), items.pop(), len(items)]

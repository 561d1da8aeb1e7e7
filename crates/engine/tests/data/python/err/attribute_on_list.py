items = []
items.size = 3

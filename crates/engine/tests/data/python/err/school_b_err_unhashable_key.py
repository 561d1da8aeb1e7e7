# TypeError: unhashable list as a dict key
seen = {}
seen[(1, 2)] = "tuple ok"
print(seen)
key = [1, 2]
print("key is", key)
seen[key] = "list"
print(seen)

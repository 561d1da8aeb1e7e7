# min() of a generator that yields nothing: ValueError at the min() call.
points = [3, 1]
print(max(p for p in points))
print(min(p for p in []))

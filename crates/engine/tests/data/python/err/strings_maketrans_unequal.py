pairs = str.maketrans("abc", "xy")
print(pairs)

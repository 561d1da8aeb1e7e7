# map, filter, reversed
nums = ["3", "14", "-15", "92"]
ints = list(map(int, nums))
print(ints)
print(list(map(abs, ints)))
print(list(filter(lambda x: x > 0, ints)))
print(list(map(str.upper, ["а", "б"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "a", [], [0]])))
print(list(reversed([1, 2, 3])))
print(sum(map(len, ["бір", "екі", "үш"])))

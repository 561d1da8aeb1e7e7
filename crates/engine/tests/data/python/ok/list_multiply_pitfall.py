# [[0] * 3] * 3 қателігі
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good)
row = [0] * 5
row[2] = 7
print(row)
print([1, 2] * 3, [] * 5, ["a"] * 0)

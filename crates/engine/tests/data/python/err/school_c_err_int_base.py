# ValueError: digit not allowed in the base
codes = ["101", "1101", "1112"]
for c in codes[:2]:
    print(c, int(c, 2))
total = 0
for c in codes:
    total += int(c, 2)
    print("running total", total)
print(total)

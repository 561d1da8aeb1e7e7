# ValueError: int('abc')
values = ["12", "7", "abc", "3"]
total = 0
for v in values:
    print("reading", v)
    total += int(v)
print(total)

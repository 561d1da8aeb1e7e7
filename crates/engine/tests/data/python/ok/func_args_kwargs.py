# *args және **kwargs
def total(*numbers):
    print(numbers)
    return sum(numbers)

print(total())
print(total(1, 2, 3))
print(total(*[10, 20]))
def info(**data):
    for key, value in data.items():
        print(key, "=", value)
info(аты="Әсет", сыныбы=7)
def mix(a, b=0, *rest, sep="-", **other):
    print(a, b, rest, sep, other)
mix(1)
mix(1, 2, 3, 4, sep="+", x=5)
mix(*(1, 2), **{"y": 6})

# Көріну аймағы
x = "глобал"
def f():
    x = "жергілікті"
    def g():
        return x
    return g()
print(f(), x)
def h():
    print(x)
h()
def counter():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(counter())

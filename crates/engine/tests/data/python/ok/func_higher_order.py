# Функцияны аргумент ретінде беру
def apply_twice(f, x):
    return f(f(x))

def add_three(n):
    return n + 3

print(apply_twice(add_three, 10))
print(apply_twice(lambda s: s + "!", "Алға"))
print(apply_twice(str.upper, "қазақ"))
ops = {"қосу": lambda a, b: a + b, "көбейту": lambda a, b: a * b}
for name, op in ops.items():
    print(name, op(6, 7))
def compose(f, g):
    return lambda x: f(g(x))
print(compose(len, str)(2 ** 100))

# Nested functions and closures
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())

def make_multiplier(k):
    def mul(x):
        return x * k
    return mul

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), make_multiplier(10)(7))

funcs = [lambda x: x + i for i in range(3)]
print([f(10) for f in funcs])
funcs2 = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in funcs2])

def outer():
    msg = "outer"
    def inner():
        return msg.upper()
    msg = "changed"
    return inner()
print(outer())

total = 0
def add(n):
    global total
    total += n
add(5)
add(7)
print(total)

def bank(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient"
        balance -= amount
        return balance
    return deposit, withdraw

dep, wd = bank(100)
print(dep(50), wd(30), wd(500), dep(0))
def fact(n):
    def helper(k, acc):
        return acc if k <= 1 else helper(k - 1, acc * k)
    return helper(n, 1)
print(fact(10), fact(20))

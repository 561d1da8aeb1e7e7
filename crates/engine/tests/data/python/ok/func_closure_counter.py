# Тұйықтама (closure) және nonlocal
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5))
print(c2(), c2(-50))
print(c1())
def make_multiplier(k):
    return lambda x: x * k
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(21), triple("ab"))

def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

a = averager()
print(next(a), a.send(10), a.send(20), a.send(60))

def echo():
    try:
        while True:
            received = yield
            print("got", received)
    except ValueError as e:
        print("caught", e)
        yield "recovered"
e = echo()
next(e)
e.send("hi")
print(e.throw(ValueError("boom")))
try:
    e.throw(KeyError, )
except KeyError as k:
    print("KeyError out", repr(k))
g = (x for x in range(3))
print(next(g))
g.close()
print(list(g))
def counter():
    n = 0
    while True:
        n += 1
        yield n
c = counter()
print(next(c), next(c))
c.close()
print(next(c, "closed"))
try:
    averager().send(5)
except TypeError as t:
    print(t)
def sub():
    yield 1
    return "done"
s = sub()
next(s)
try:
    s.send(None)
except StopIteration as stop:
    print("stop", stop.value)

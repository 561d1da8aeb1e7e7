# reverse, copy және сілтемелер
a = [1, 2, 3]
b = a
c = a.copy()
d = a[:]
e = list(a)
a.append(4)
print(a, b, c, d, e)
print(a is b, a is c, a == b, c == d)
a.reverse()
print(a, b)
print(list(reversed(c)), c)
print(a[::-1])

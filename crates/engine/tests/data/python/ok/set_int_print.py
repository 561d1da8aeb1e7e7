# Бүтін сандардың жиыны (CPython ретімен)
s = {3, 1, 2, 100, 33}
print(s)
print({5, 4, 3, 2, 1, 0})
print({10, 20, 30, 8, 16})
print(set([1, 1, 2, 2, 3]))
print(set(), len(set()))
print({64, 1, 32, 2})
t = {7}
t.add(15)
t.add(0)
print(t)
print(sorted({40, 9, 17, 3}))

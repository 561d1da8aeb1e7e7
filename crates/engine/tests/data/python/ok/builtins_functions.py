# Builtin functions (expected output from CPython 3.11).
print(1, 2, sep='-', end='!\n')
print(sorted([3,1,2], reverse=True), sorted("hello"), sorted([(1,'b'),(1,'a')]))
print(sorted(["bb","a","ccc"], key=len), sorted([3,-1,2], key=abs, reverse=True))
def k(x): return -x
print(sorted([1,2,3], key=k), min([4,2,8], key=k), max("abc", key=ord))
print(max(3, 7, 5), min("zebra"), max([], default=None), sum([1,2,3], 10), sum([0.1]*10))
print(list(map(lambda x: x*2, [1,2,3])), list(filter(None, [0,1,'',2])), list(filter(lambda x: x%2, range(10))))
print(list(zip([1,2,3], "ab")), list(enumerate("abc", 1)), dict(zip("ab", [1,2])))
print(any(x > 2 for x in [1,2,3]), all(x > 0 for x in [1,2,-3]), sum(x*x for x in range(4)))
print(max(x for x in [3,9,2]), min((x for x in [3,9,2]), key=lambda v: -v), sorted(x % 3 for x in range(7)))
print(list(reversed([1,2,3])), list(reversed("abc")), list(reversed(range(3))), tuple(x for x in "ab"))
print(round(2.5), round(0.125, 2), round(-1.5), round(1234, -2), round(7.0), round(2.675, 2))
print(divmod(7, -2), divmod(7.5, 2), pow(2, 10), pow(2, -1), pow(3, 4, 5), abs(-3), abs(-2.5))
print(chr(65), ord('€'), hex(255), oct(8), bin(-5), int('ff', 16), int(' 12 '), int(3.9), int('0b101', 0))
print(float('1e3'), float(' 2.5 '), str(3.0), bool([]), bool('x'), list('ab'), tuple([1]), set([1,1,2]))
print(isinstance(True, int), isinstance(3, (str, float)), isinstance(ValueError(), Exception), type(3) == int, type('a'))
print(repr('a\n'), ascii('é'), format(3.14159, '.2f'), format(42, '>5'), format('x', '^5'), callable(len), callable(3))
print(len({1:2}), len(range(0, 10, 3)), len((1,2)), len("héllo"))
print(hash(1) == hash(1.0), getattr([], 'append') is not None, hasattr('a', 'upper'), hasattr('a', 'nope'), getattr(1, 'zz', 'dflt'))
x = iter([1,2]); print(next(x), next(x), next(x, 'end'))
def g():
    yield 1
    yield 2
it = g(); print(next(it), next(it), next(it, 'done'))
print(list(map(int, "1 2 3".split())), list(map(pow, [2,3], [3,2])))
a, b = map(int, "4 5".split()); print(a + b)
print(dict([(1,2),(3,4)]), dict(a=1, b=2), dict({1:2}, x=3), list({1:2, 3:4}), frozenset([1]))
print(list(range(5, 0, -2)), range(3), slice(1, 2))
d = {'b': 2, 'a': 3, 'c': 1}
print(sorted(d.items(), key=lambda kv: kv[1]), max(d, key=d.get), min(d.values()), sorted(d), list(reversed(d)))
print(sum(range(10**6)), len(sorted(range(10**5), reverse=True)), max(range(10**5)))
def gen(n):
    for i in range(n):
        yield i * i
print(sum(gen(5)), max(gen(5)), min(gen(5)), sorted(gen(4), reverse=True), list(gen(3)), any(gen(1)), all(gen(3)))
print(dict(enumerate(gen(3))), list(zip(gen(3), gen(4))), ', '.join(map(str, gen(4))))
matrix = [[1, 2], [3, 4]]
print(sum(map(sum, matrix)), max(map(max, matrix)), [list(r) for r in zip(*matrix)])
it = iter([0, 1, 2, 3]); print(any(it), next(it))
x = map(int, ["1", "y"])
try:
    print(list(x))
except ValueError as e:
    print("err", e)

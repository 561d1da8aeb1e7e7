# yield from: flatten nested lists, ranges and chains
def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x
data = [1, [2, [3, 4], 5], (6, [7, (8,)]), [], [[[9]]]]
print(list(flatten(data)))
print(sum(flatten(data)), max(flatten(data)))
def chain_all(*iterables):
    for it in iterables:
        yield from it
print(list(chain_all("ab", [1, 2], range(3), {"k": 0})))
def countdown(n):
    if n < 0:
        return
    yield n
    yield from countdown(n - 1)
print(list(countdown(5)))
def subsets(items):
    if not items:
        yield []
        return
    first, rest = items[0], items[1:]
    for s in subsets(rest):
        yield s
        yield [first] + s
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + p
print(["".join(p) for p in perms("abc")])
def hanoi(n, a, b, c):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)
moves = list(hanoi(3, "A", "B", "C"))
print(len(moves), moves[:4])
def gen_strings(n, alphabet="ab"):
    if n == 0:
        yield ""
    else:
        for s in gen_strings(n - 1, alphabet):
            for ch in alphabet:
                yield s + ch
print(list(gen_strings(3)))

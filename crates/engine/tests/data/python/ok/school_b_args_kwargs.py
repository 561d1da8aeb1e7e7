# *args, **kwargs and keyword-only arguments
def total(*nums):
    print("got", nums)
    return sum(nums)
print(total())
print(total(1, 2, 3))
values = [4, 5, 6]
print(total(*values))

def describe(**info):
    for key, value in info.items():
        print(f"  {key} = {value!r}")
    return len(info)
print(describe(name="Ali", age=14))
print(describe(**{"city": "Astana"}))

def mixed(a, b=2, *args, c, d=4, **kw):
    return f"a={a} b={b} args={args} c={c} d={d} kw={kw}"
print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=8, e=9))
print(mixed(*[1, 2, 3], **{"c": 0, "z": 1}))

def kw_only(x, *, scale=1, shift=0):
    return x * scale + shift
print(kw_only(5), kw_only(5, scale=3), kw_only(5, shift=-1, scale=2))

def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, 3), pos_only(1, 2, c=10))

def average(first, *others):
    allv = (first,) + others
    return sum(allv) / len(allv)
print(average(4), average(1, 2, 3, 4))

def build(sep=" ", *words):
    return sep.join(words)
print(repr(build()), build("-", "a", "b"))
print("a", "b", "c", sep="|", end=".\n")
print(*range(5), sep=", ")
print(max(3, 9, 2), max([3, 9, 2]), min("b", "a", key=str.upper))
def echo(*args, **kwargs):
    return args, sorted(kwargs.items())
print(echo(1, x=2, a=3))

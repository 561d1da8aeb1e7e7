# map / filter / zip / enumerate / reversed
nums = [1, 2, 3, 4, 5, 6]
print(list(map(lambda x: x * x, nums)))
print(list(map(str, nums)), "".join(map(str, nums)))
print(list(map(int, "10 20 30".split())))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30, 40])))
print(list(filter(lambda x: x % 2, nums)))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
names = ["Ali", "Dana", "Bek"]
marks = [5, 4, 3]
print(list(zip(names, marks)))
print(dict(zip(names, marks)))
print(list(zip(names, marks, "xyz", range(100))))
print(list(zip([1, 2, 3], "ab")))
pairs = [(1, "a"), (2, "b"), (3, "c")]
numbers, letters = zip(*pairs)
print(numbers, letters)
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=1):
    print(f"{i}. {name}")
print(list(enumerate("abc", 10)))
print(list(reversed(nums)), list(reversed("abc")), list(reversed(range(3))))
r = reversed([1, 2, 3])
print(next(r), list(r))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip("ab", "cd")
print(list(z), list(z))
print(sum(map(len, names)), any(map(str.isdigit, "ab1")), all(x > 0 for x in nums))
print(list(map(round, [1.5, 2.5, 3.5, -0.5])))
print(list(zip()), list(enumerate([])))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print(list(map(max, matrix)), list(map(sum, zip(*matrix))))

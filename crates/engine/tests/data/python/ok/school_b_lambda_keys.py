# lambda with sorted/min/max key=
students = [("Ali", 87, 14), ("Dana", 95, 15), ("Bek", 87, 13), ("Aru", 72, 14)]
print(sorted(students, key=lambda s: s[1]))
print(sorted(students, key=lambda s: s[1], reverse=True))
print(sorted(students, key=lambda s: (-s[1], s[0])))
print(max(students, key=lambda s: s[1]))
print(min(students, key=lambda s: s[2]))
print(min(students, key=lambda s: (s[2], s[0])))
words = ["banana", "Kiwi", "apple", "fig", "Cherry"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=str.lower))
print(max(words, key=len), min(words, key=len))
add = lambda a, b: a + b
print(add(2, 3), (lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))
nums = [-5, 3, -1, 8, -9]
print(sorted(nums, key=abs), max(nums, key=abs), sorted(nums, key=lambda n: n % 3))
print(max([], default="empty"), min([], key=len, default=None))
print(sorted("hello world", reverse=True))
points = {"a": (1, 5), "b": (3, 2), "c": (2, 2)}
print(sorted(points, key=lambda k: points[k][1]))
print(sorted(points.items(), key=lambda kv: sum(kv[1])))
is_even = lambda n: n % 2 == 0
print(list(filter(is_even, range(10))))
print(sorted([3, 1, 2], key=lambda x: -x))
print((lambda x: (lambda y: x * y))(6)(7))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]))

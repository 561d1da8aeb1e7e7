from itertools import islice, count
from collections import defaultdict
it = iter([1, 2, 3, 4])
print(list(islice(it, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 6, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 5, 2)), next(it))
print(list(islice(range(20), 3, None, 4)))
it = iter(range(5))
print(list(islice(it, 3, None)), next(it, "end"))
print(defaultdict(int).default_factory, defaultdict().default_factory, defaultdict(list).default_factory)

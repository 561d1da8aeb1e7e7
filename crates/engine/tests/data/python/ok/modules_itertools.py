import itertools
from itertools import permutations, combinations, product, accumulate, count, cycle, islice, chain, groupby, zip_longest, pairwise
import string
print(list(permutations([1, 2, 3])))
print(list(permutations('abc', 2)))
print(list(combinations(range(5), 3)))
print(list(itertools.combinations_with_replacement('ab', 3)))
print(list(product('ab', repeat=2)))
print(list(product([1, 2], 'xy')))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=10)))
print(list(islice(count(5, 2), 4)), list(islice(cycle('ab'), 5)), list(islice(range(10), 2, 8, 3)))
print(list(chain('ab', [1, 2])))
for key, group in groupby('aaabbc'):
    print(key, list(group))
print(list(zip_longest('abc', [1], fillvalue='-')))
print(list(pairwise([1, 2, 3, 4])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress('abcd', [1, 0, 1, 0])), list(itertools.filterfalse(None, [0, 1, 2, 0])))
print(list(itertools.repeat('x', 3)))
print(string.ascii_lowercase, string.digits, string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(sum(1 for p in permutations(range(6))))

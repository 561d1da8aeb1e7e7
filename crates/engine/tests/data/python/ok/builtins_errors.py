# Error messages of the builtins (expected output from CPython 3.11).
import math, random
def f(x): return x
try:
    print("int('abc')", '->', repr(int('abc')))
except Exception as e:
    print("int('abc')", '->', type(e).__name__, e)
try:
    print("int('1'*5000)", '->', repr(int('1'*5000)))
except Exception as e:
    print("int('1'*5000)", '->', type(e).__name__, e)
try:
    print("float('x1')", '->', repr(float('x1')))
except Exception as e:
    print("float('x1')", '->', type(e).__name__, e)
try:
    print('int(None)', '->', repr(int(None)))
except Exception as e:
    print('int(None)', '->', type(e).__name__, e)
try:
    print("int('5', 1)", '->', repr(int('5', 1)))
except Exception as e:
    print("int('5', 1)", '->', type(e).__name__, e)
try:
    print('int(5, 10)', '->', repr(int(5, 10)))
except Exception as e:
    print('int(5, 10)', '->', type(e).__name__, e)
try:
    print('float([])', '->', repr(float([])))
except Exception as e:
    print('float([])', '->', type(e).__name__, e)
try:
    print('len(5)', '->', repr(len(5)))
except Exception as e:
    print('len(5)', '->', type(e).__name__, e)
try:
    print('len()', '->', repr(len()))
except Exception as e:
    print('len()', '->', type(e).__name__, e)
try:
    print('len(1, 2)', '->', repr(len(1, 2)))
except Exception as e:
    print('len(1, 2)', '->', type(e).__name__, e)
try:
    print('range()', '->', repr(range()))
except Exception as e:
    print('range()', '->', type(e).__name__, e)
try:
    print('range(1.5)', '->', repr(range(1.5)))
except Exception as e:
    print('range(1.5)', '->', type(e).__name__, e)
try:
    print('range(1, 2, 0)', '->', repr(range(1, 2, 0)))
except Exception as e:
    print('range(1, 2, 0)', '->', type(e).__name__, e)
try:
    print('range(1,2,3,4)', '->', repr(range(1,2,3,4)))
except Exception as e:
    print('range(1,2,3,4)', '->', type(e).__name__, e)
try:
    print('max([])', '->', repr(max([])))
except Exception as e:
    print('max([])', '->', type(e).__name__, e)
try:
    print('min()', '->', repr(min()))
except Exception as e:
    print('min()', '->', type(e).__name__, e)
try:
    print('max(1, 2, default=3)', '->', repr(max(1, 2, default=3)))
except Exception as e:
    print('max(1, 2, default=3)', '->', type(e).__name__, e)
try:
    print('max([1], foo=2)', '->', repr(max([1], foo=2)))
except Exception as e:
    print('max([1], foo=2)', '->', type(e).__name__, e)
try:
    print("sum(['a'], '')", '->', repr(sum(['a'], '')))
except Exception as e:
    print("sum(['a'], '')", '->', type(e).__name__, e)
try:
    print('sum()', '->', repr(sum()))
except Exception as e:
    print('sum()', '->', type(e).__name__, e)
try:
    print('sorted()', '->', repr(sorted()))
except Exception as e:
    print('sorted()', '->', type(e).__name__, e)
try:
    print('sorted(1)', '->', repr(sorted(1)))
except Exception as e:
    print('sorted(1)', '->', type(e).__name__, e)
try:
    print("sorted([1, 'a'])", '->', repr(sorted([1, 'a'])))
except Exception as e:
    print("sorted([1, 'a'])", '->', type(e).__name__, e)
try:
    print("ord('ab')", '->', repr(ord('ab')))
except Exception as e:
    print("ord('ab')", '->', type(e).__name__, e)
try:
    print('ord(5)', '->', repr(ord(5)))
except Exception as e:
    print('ord(5)', '->', type(e).__name__, e)
try:
    print('chr(-1)', '->', repr(chr(-1)))
except Exception as e:
    print('chr(-1)', '->', type(e).__name__, e)
try:
    print("chr('a')", '->', repr(chr('a')))
except Exception as e:
    print("chr('a')", '->', type(e).__name__, e)
try:
    print("abs('x')", '->', repr(abs('x')))
except Exception as e:
    print("abs('x')", '->', type(e).__name__, e)
try:
    print("round('x')", '->', repr(round('x')))
except Exception as e:
    print("round('x')", '->', type(e).__name__, e)
try:
    print('divmod(1, 0)', '->', repr(divmod(1, 0)))
except Exception as e:
    print('divmod(1, 0)', '->', type(e).__name__, e)
try:
    print('divmod(1.0, 0)', '->', repr(divmod(1.0, 0)))
except Exception as e:
    print('divmod(1.0, 0)', '->', type(e).__name__, e)
try:
    print("divmod('a', 1)", '->', repr(divmod('a', 1)))
except Exception as e:
    print("divmod('a', 1)", '->', type(e).__name__, e)
try:
    print('pow(2, 3, 0)', '->', repr(pow(2, 3, 0)))
except Exception as e:
    print('pow(2, 3, 0)', '->', type(e).__name__, e)
try:
    print('pow(2.0, 3, 5)', '->', repr(pow(2.0, 3, 5)))
except Exception as e:
    print('pow(2.0, 3, 5)', '->', type(e).__name__, e)
try:
    print('isinstance(1, 5)', '->', repr(isinstance(1, 5)))
except Exception as e:
    print('isinstance(1, 5)', '->', type(e).__name__, e)
try:
    print('next([1])', '->', repr(next([1])))
except Exception as e:
    print('next([1])', '->', type(e).__name__, e)
try:
    print('next(iter([]))', '->', repr(next(iter([]))))
except Exception as e:
    print('next(iter([]))', '->', type(e).__name__, e)
try:
    print('hash([])', '->', repr(hash([])))
except Exception as e:
    print('hash([])', '->', type(e).__name__, e)
try:
    print('format(1, 5)', '->', repr(format(1, 5)))
except Exception as e:
    print('format(1, 5)', '->', type(e).__name__, e)
try:
    print('getattr(1, 2)', '->', repr(getattr(1, 2)))
except Exception as e:
    print('getattr(1, 2)', '->', type(e).__name__, e)
try:
    print("getattr(1, 'x')", '->', repr(getattr(1, 'x')))
except Exception as e:
    print("getattr(1, 'x')", '->', type(e).__name__, e)
try:
    print('[].pop()', '->', repr([].pop()))
except Exception as e:
    print('[].pop()', '->', type(e).__name__, e)
try:
    print('[1].pop(5)', '->', repr([1].pop(5)))
except Exception as e:
    print('[1].pop(5)', '->', type(e).__name__, e)
try:
    print('[1].remove(2)', '->', repr([1].remove(2)))
except Exception as e:
    print('[1].remove(2)', '->', type(e).__name__, e)
try:
    print('[1].index(5)', '->', repr([1].index(5)))
except Exception as e:
    print('[1].index(5)', '->', type(e).__name__, e)
try:
    print('(1,).index(5)', '->', repr((1,).index(5)))
except Exception as e:
    print('(1,).index(5)', '->', type(e).__name__, e)
try:
    print('[].push', '->', repr([].push))
except Exception as e:
    print('[].push', '->', type(e).__name__, e)
try:
    print('[].apend', '->', repr([].apend))
except Exception as e:
    print('[].apend', '->', type(e).__name__, e)
try:
    print('None.x', '->', repr(None.x))
except Exception as e:
    print('None.x', '->', type(e).__name__, e)
try:
    print("'a'.foo", '->', repr('a'.foo))
except Exception as e:
    print("'a'.foo", '->', type(e).__name__, e)
try:
    print('(1).foo', '->', repr((1).foo))
except Exception as e:
    print('(1).foo', '->', type(e).__name__, e)
try:
    print("{}.pop('k')", '->', repr({}.pop('k')))
except Exception as e:
    print("{}.pop('k')", '->', type(e).__name__, e)
try:
    print('{}.popitem()', '->', repr({}.popitem()))
except Exception as e:
    print('{}.popitem()', '->', type(e).__name__, e)
try:
    print('set().pop()', '->', repr(set().pop()))
except Exception as e:
    print('set().pop()', '->', type(e).__name__, e)
try:
    print('set().remove(1)', '->', repr(set().remove(1)))
except Exception as e:
    print('set().remove(1)', '->', type(e).__name__, e)
try:
    print("{1:2}['x']", '->', repr({1:2}['x']))
except Exception as e:
    print("{1:2}['x']", '->', type(e).__name__, e)
try:
    print("'-'.join([1])", '->', repr('-'.join([1])))
except Exception as e:
    print("'-'.join([1])", '->', type(e).__name__, e)
try:
    print("'-'.join(5)", '->', repr('-'.join(5)))
except Exception as e:
    print("'-'.join(5)", '->', type(e).__name__, e)
try:
    print("'a'.split('')", '->', repr('a'.split('')))
except Exception as e:
    print("'a'.split('')", '->', type(e).__name__, e)
try:
    print("'a'.index('b')", '->', repr('a'.index('b')))
except Exception as e:
    print("'a'.index('b')", '->', type(e).__name__, e)
try:
    print("'a'.center(5, 'ab')", '->', repr('a'.center(5, 'ab')))
except Exception as e:
    print("'a'.center(5, 'ab')", '->', type(e).__name__, e)
try:
    print("'a'.upper(1)", '->', repr('a'.upper(1)))
except Exception as e:
    print("'a'.upper(1)", '->', type(e).__name__, e)
try:
    print("'a'.replace()", '->', repr('a'.replace()))
except Exception as e:
    print("'a'.replace()", '->', type(e).__name__, e)
try:
    print("'a'.startswith(1)", '->', repr('a'.startswith(1)))
except Exception as e:
    print("'a'.startswith(1)", '->', type(e).__name__, e)
try:
    print("'{} {}'.format(1)", '->', repr('{} {}'.format(1)))
except Exception as e:
    print("'{} {}'.format(1)", '->', type(e).__name__, e)
try:
    print("'{0} {}'.format(1, 2)", '->', repr('{0} {}'.format(1, 2)))
except Exception as e:
    print("'{0} {}'.format(1, 2)", '->', type(e).__name__, e)
try:
    print("'{x}'.format()", '->', repr('{x}'.format()))
except Exception as e:
    print("'{x}'.format()", '->', type(e).__name__, e)
try:
    print("'{'.format()", '->', repr('{'.format()))
except Exception as e:
    print("'{'.format()", '->', type(e).__name__, e)
try:
    print("'}'.format()", '->', repr('}'.format()))
except Exception as e:
    print("'}'.format()", '->', type(e).__name__, e)
try:
    print("'{:d}'.format('a')", '->', repr('{:d}'.format('a')))
except Exception as e:
    print("'{:d}'.format('a')", '->', type(e).__name__, e)
try:
    print('math.sqrt(-1)', '->', repr(math.sqrt(-1)))
except Exception as e:
    print('math.sqrt(-1)', '->', type(e).__name__, e)
try:
    print('math.squareroot', '->', repr(math.squareroot))
except Exception as e:
    print('math.squareroot', '->', type(e).__name__, e)
try:
    print('math.factorial(-1)', '->', repr(math.factorial(-1)))
except Exception as e:
    print('math.factorial(-1)', '->', type(e).__name__, e)
try:
    print('math.log(0)', '->', repr(math.log(0)))
except Exception as e:
    print('math.log(0)', '->', type(e).__name__, e)
try:
    print("math.floor('a')", '->', repr(math.floor('a')))
except Exception as e:
    print("math.floor('a')", '->', type(e).__name__, e)
try:
    print('random.choice([])', '->', repr(random.choice([])))
except Exception as e:
    print('random.choice([])', '->', type(e).__name__, e)
try:
    print('random.randint(5, 1)', '->', repr(random.randint(5, 1)))
except Exception as e:
    print('random.randint(5, 1)', '->', type(e).__name__, e)
try:
    print('random.randrange(0)', '->', repr(random.randrange(0)))
except Exception as e:
    print('random.randrange(0)', '->', type(e).__name__, e)
try:
    print('random.sample([1], 5)', '->', repr(random.sample([1], 5)))
except Exception as e:
    print('random.sample([1], 5)', '->', type(e).__name__, e)
try:
    print('list(5)', '->', repr(list(5)))
except Exception as e:
    print('list(5)', '->', type(e).__name__, e)
try:
    print('dict([1])', '->', repr(dict([1])))
except Exception as e:
    print('dict([1])', '->', type(e).__name__, e)
try:
    print('dict([(1,2,3)])', '->', repr(dict([(1,2,3)])))
except Exception as e:
    print('dict([(1,2,3)])', '->', type(e).__name__, e)
try:
    print('tuple(5)', '->', repr(tuple(5)))
except Exception as e:
    print('tuple(5)', '->', type(e).__name__, e)
try:
    print('set(5)', '->', repr(set(5)))
except Exception as e:
    print('set(5)', '->', type(e).__name__, e)
try:
    print('iter(5)', '->', repr(iter(5)))
except Exception as e:
    print('iter(5)', '->', type(e).__name__, e)
try:
    print('zip(1)', '->', repr(zip(1)))
except Exception as e:
    print('zip(1)', '->', type(e).__name__, e)
try:
    print('map(len)', '->', repr(map(len)))
except Exception as e:
    print('map(len)', '->', type(e).__name__, e)
try:
    print('map(len, 5)', '->', repr(map(len, 5)))
except Exception as e:
    print('map(len, 5)', '->', type(e).__name__, e)
try:
    print('filter(len)', '->', repr(filter(len)))
except Exception as e:
    print('filter(len)', '->', type(e).__name__, e)
try:
    print('enumerate(5)', '->', repr(enumerate(5)))
except Exception as e:
    print('enumerate(5)', '->', type(e).__name__, e)
try:
    print('reversed(5)', '->', repr(reversed(5)))
except Exception as e:
    print('reversed(5)', '->', type(e).__name__, e)
try:
    print("ValueError('x', 1).args", '->', repr(ValueError('x', 1).args))
except Exception as e:
    print("ValueError('x', 1).args", '->', type(e).__name__, e)
try:
    print('type(1, 2)', '->', repr(type(1, 2)))
except Exception as e:
    print('type(1, 2)', '->', type(e).__name__, e)
try:
    print('bool(1, 2)', '->', repr(bool(1, 2)))
except Exception as e:
    print('bool(1, 2)', '->', type(e).__name__, e)
try:
    print('[].sort(1)', '->', repr([].sort(1)))
except Exception as e:
    print('[].sort(1)', '->', type(e).__name__, e)
try:
    print("[3,'a'].sort()", '->', repr([3,'a'].sort()))
except Exception as e:
    print("[3,'a'].sort()", '->', type(e).__name__, e)
try:
    print('input(1, 2)', '->', repr(input(1, 2)))
except Exception as e:
    print('input(1, 2)', '->', type(e).__name__, e)
try:
    print('print(sep=5)', '->', repr(print(sep=5)))
except Exception as e:
    print('print(sep=5)', '->', type(e).__name__, e)
try:
    print("min([1, 'a'])", '->', repr(min([1, 'a'])))
except Exception as e:
    print("min([1, 'a'])", '->', type(e).__name__, e)
try:
    print("max('a', 1)", '->', repr(max('a', 1)))
except Exception as e:
    print("max('a', 1)", '->', type(e).__name__, e)
try:
    print('any(5)', '->', repr(any(5)))
except Exception as e:
    print('any(5)', '->', type(e).__name__, e)
try:
    print('all(5)', '->', repr(all(5)))
except Exception as e:
    print('all(5)', '->', type(e).__name__, e)
try:
    print("sum([1, 'a'])", '->', repr(sum([1, 'a'])))
except Exception as e:
    print("sum([1, 'a'])", '->', type(e).__name__, e)
try:
    print('{1}.add([])', '->', repr({1}.add([])))
except Exception as e:
    print('{1}.add([])', '->', type(e).__name__, e)
try:
    print('sorted([1,2], key=f, reverse=1)', '->', repr(sorted([1,2], key=f, reverse=1)))
except Exception as e:
    print('sorted([1,2], key=f, reverse=1)', '->', type(e).__name__, e)
try:
    print("sorted([1,'a'], key=f)", '->', repr(sorted([1,'a'], key=f)))
except Exception as e:
    print("sorted([1,'a'], key=f)", '->', type(e).__name__, e)
try:
    print('max([], key=f)', '->', repr(max([], key=f)))
except Exception as e:
    print('max([], key=f)', '->', type(e).__name__, e)
try:
    print('min([], key=f, default=7)', '->', repr(min([], key=f, default=7)))
except Exception as e:
    print('min([], key=f, default=7)', '->', type(e).__name__, e)
try:
    print('list(map(f, [1], 5))', '->', repr(list(map(f, [1], 5))))
except Exception as e:
    print('list(map(f, [1], 5))', '->', type(e).__name__, e)
try:
    print("sum(x for x in [1, 'a'])", '->', repr(sum(x for x in [1, 'a'])))
except Exception as e:
    print("sum(x for x in [1, 'a'])", '->', type(e).__name__, e)
try:
    print('max(x for x in [])', '->', repr(max(x for x in [])))
except Exception as e:
    print('max(x for x in [])', '->', type(e).__name__, e)
try:
    print("list(zip((x for x in [1,2]), 'ab'))", '->', repr(list(zip((x for x in [1,2]), 'ab'))))
except Exception as e:
    print("list(zip((x for x in [1,2]), 'ab'))", '->', type(e).__name__, e)
try:
    print("dict((x, x) for x in 'ab')", '->', repr(dict((x, x) for x in 'ab')))
except Exception as e:
    print("dict((x, x) for x in 'ab')", '->', type(e).__name__, e)
try:
    print("set(x for x in 'aab')", '->', repr(set(x for x in 'aab')))
except Exception as e:
    print("set(x for x in 'aab')", '->', type(e).__name__, e)
try:
    print("'-'.join(x for x in [1])", '->', repr('-'.join(x for x in [1])))
except Exception as e:
    print("'-'.join(x for x in [1])", '->', type(e).__name__, e)
try:
    print("[].extend(x for x in 'ab')", '->', repr([].extend(x for x in 'ab')))
except Exception as e:
    print("[].extend(x for x in 'ab')", '->', type(e).__name__, e)
try:
    print('{1}.union(x for x in [2])', '->', repr({1}.union(x for x in [2])))
except Exception as e:
    print('{1}.union(x for x in [2])', '->', type(e).__name__, e)
try:
    print('next(x for x in [])', '->', repr(next(x for x in [])))
except Exception as e:
    print('next(x for x in [])', '->', type(e).__name__, e)
try:
    print('round(1e300, -400)', '->', repr(round(1e300, -400)))
except Exception as e:
    print('round(1e300, -400)', '->', type(e).__name__, e)
try:
    print("round(float('nan'))", '->', repr(round(float('nan'))))
except Exception as e:
    print("round(float('nan'))", '->', type(e).__name__, e)
try:
    print("round(float('inf'))", '->', repr(round(float('inf'))))
except Exception as e:
    print("round(float('inf'))", '->', type(e).__name__, e)
try:
    print("int(float('inf'))", '->', repr(int(float('inf'))))
except Exception as e:
    print("int(float('inf'))", '->', type(e).__name__, e)
try:
    print('issubclass(bool, int)', '->', repr(issubclass(bool, int)))
except Exception as e:
    print('issubclass(bool, int)', '->', type(e).__name__, e)
try:
    print("type(ValueError('m'))", '->', repr(type(ValueError('m'))))
except Exception as e:
    print("type(ValueError('m'))", '->', type(e).__name__, e)
try:
    print("repr(ValueError('a', 2))", '->', repr(repr(ValueError('a', 2))))
except Exception as e:
    print("repr(ValueError('a', 2))", '->', type(e).__name__, e)
try:
    print("list(map(int, ['1', 'x']))", '->', repr(list(map(int, ['1', 'x']))))
except Exception as e:
    print("list(map(int, ['1', 'x']))", '->', type(e).__name__, e)
try:
    print("sorted(['b', 'A', 'c'], key=str.lower)", '->', repr(sorted(['b', 'A', 'c'], key=str.lower)))
except Exception as e:
    print("sorted(['b', 'A', 'c'], key=str.lower)", '->', type(e).__name__, e)
try:
    print('str.upper(5)', '->', repr(str.upper(5)))
except Exception as e:
    print('str.upper(5)', '->', type(e).__name__, e)
try:
    print("dict.fromkeys('ab')", '->', repr(dict.fromkeys('ab')))
except Exception as e:
    print("dict.fromkeys('ab')", '->', type(e).__name__, e)
try:
    print("{'a':1}.fromkeys('c', 2)", '->', repr({'a':1}.fromkeys('c', 2)))
except Exception as e:
    print("{'a':1}.fromkeys('c', 2)", '->', type(e).__name__, e)

# The sandbox's prelude: Python helpers the builtins hand work to when it needs
# the program's own functions called (key=, map, filter) or a generator
# iterated. Each is named by a PreludeFunction variant (vm/call.rs); errors
# are raised with CPython's messages. The names start with "__" so that they
# never clash with a pupil's names.


def __drain(iterable):
    items = []
    for item in iterable:
        items.append(item)
    return items


def __call_drained(function, iterable):
    return function(__drain(iterable))


def __sorted_with_key(iterable, key, reverse):
    items = __drain(iterable)
    keys = []
    for item in items:
        keys.append(key(item))
    return __sort_by_keys(items, keys, reverse)


def __list_sort_with_key(items, key, reverse):
    keys = []
    for item in items:
        keys.append(key(item))
    __sort_list_by_keys(items, keys, reverse)
    return None


def __min_max(is_max, iterable, key, default, has_default):
    name = "max" if is_max else "min"
    found = False
    best = None
    best_key = None
    for item in iterable:
        if key is None:
            item_key = item
        else:
            item_key = key(item)
        if not found:
            found = True
            best = item
            best_key = item_key
        elif is_max:
            if item_key > best_key:
                best = item
                best_key = item_key
        elif item_key < best_key:
            best = item
            best_key = item_key
    if not found:
        if has_default:
            return default
        raise ValueError(name + "() arg is an empty sequence")
    return best


def __min_max_rest(iterable, is_max, best, item):
    if is_max:
        if item > best:
            best = item
        for item in iterable:
            if item > best:
                best = item
    else:
        if item < best:
            best = item
        for item in iterable:
            if item < best:
                best = item
    return best


def __sum(iterable, start):
    total = start
    for item in iterable:
        total = total + item
    return total


def __sum_rest(iterable, total, item):
    total = total + item
    for item in iterable:
        total = total + item
    return total


def __any(iterable):
    for item in iterable:
        if item:
            return True
    return False


def __all(iterable):
    for item in iterable:
        if not item:
            return False
    return True


def __any_rest(iterable, item):
    if item:
        return True
    for item in iterable:
        if item:
            return True
    return False


def __all_rest(iterable, item):
    if not item:
        return False
    for item in iterable:
        if not item:
            return False
    return True


def __map(function, *iterables):
    if len(iterables) == 1:
        for item in iterables[0]:
            yield function(item)
        return
    iterators = []
    for iterable in iterables:
        iterators.append(iter(iterable))
    while True:
        items = []
        for iterator in iterators:
            item = next(iterator, __MISSING)
            if item is __MISSING:
                return
            items.append(item)
        yield function(*items)


def __filter(function, iterable):
    for item in iterable:
        if function is None:
            if item:
                yield item
        elif function(item):
            yield item


def __enumerate(iterable, start):
    count = start
    for item in iterable:
        yield (count, item)
        count += 1


def __zip(*iterables):
    if len(iterables) == 0:
        return
    iterators = []
    for iterable in iterables:
        iterators.append(iter(iterable))
    while True:
        items = []
        for iterator in iterators:
            item = next(iterator, __MISSING)
            if item is __MISSING:
                return
            items.append(item)
        yield tuple(items)


__MISSING = ["a marker no iterator gives"]


def __contains(iterable, item):
    for candidate in iterable:
        if candidate is item or candidate == item:
            return True
    return False


def __not_contains(iterable, item):
    return not __contains(iterable, item)


# The itertools module: CPython's documented equivalents. Each function
# checks its arguments and takes its iterators at once, as CPython's do, then
# returns a generator. The public names are the module's own (the prelude's
# globals are its own namespace), so messages name them as CPython does.


def accumulate(iterable, func=None, *, initial=None):
    return __accumulate(iter(iterable), func, initial)


def __accumulate(iterator, func, initial):
    total = initial
    if initial is None:
        total = next(iterator, __MISSING)
        if total is __MISSING:
            return
    yield total
    for element in iterator:
        total = total + element if func is None else func(total, element)
        yield total


def chain(*iterables):
    return __chain(iterables)


def __chain(iterables):
    for iterable in iterables:
        for element in iterable:
            yield element


def __chain_from_iterable(iterables):
    return __chain(iter(iterables))


def __pool_and_r(name, iterable, r):
    # The arguments of combinations(iterable, r), checked as CPython checks them.
    if iterable is __MISSING:
        raise TypeError(f"{name}() missing required argument 'iterable' (pos 1)")
    if r is __MISSING:
        raise TypeError(f"{name}() missing required argument 'r' (pos 2)")
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return pool, r


def combinations(iterable=__MISSING, r=__MISSING):
    return __combinations(*__pool_and_r("combinations", iterable, r))


def __combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable=__MISSING, r=__MISSING):
    return __combinations_with_replacement(*__pool_and_r("combinations_with_replacement", iterable, r))


def __combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def compress(data, selectors):
    return __compress(iter(data), iter(selectors))


def __compress(data, selectors):
    for element, selector in zip(data, selectors):
        if selector:
            yield element


def count(start=0, step=1):
    return __count(start, step)


def __count(start, step):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    return __cycle(iter(iterable))


def __cycle(iterator):
    saved = []
    for element in iterator:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def dropwhile(predicate, iterable):
    return __dropwhile(predicate, iter(iterable))


def __dropwhile(predicate, iterator):
    for element in iterator:
        if not predicate(element):
            yield element
            break
    for element in iterator:
        yield element


def filterfalse(predicate, iterable):
    return __filterfalse(predicate, iter(iterable))


def __filterfalse(predicate, iterator):
    for element in iterator:
        if not (bool(element) if predicate is None else predicate(element)):
            yield element


def groupby(iterable, key=None):
    return __groupby(iter(iterable), key)


def __groupby(iterator, key):
    group = []
    current = __MISSING
    current_key = None
    for element in iterator:
        element_key = element if key is None else key(element)
        if current is not __MISSING and element_key == current_key:
            group.append(element)
            continue
        if current is not __MISSING:
            yield current_key, iter(group)
        current = element
        current_key = element_key
        group = [element]
    if current is not __MISSING:
        yield current_key, iter(group)


def islice(iterable, *arguments):
    if len(arguments) == 0:
        raise TypeError("islice expected at least 2 arguments, got 1")
    if len(arguments) > 3:
        raise TypeError(f"islice expected at most 4 arguments, got {len(arguments) + 1}")
    if len(arguments) == 1:
        start, stop, step = 0, arguments[0], 1
    else:
        start, stop = arguments[0], arguments[1]
        step = arguments[2] if len(arguments) == 3 else 1
    start = 0 if start is None else start
    step = 1 if step is None else step
    if (stop is not None and (type(stop) is not int or stop < 0)) or type(start) is not int or start < 0:
        if len(arguments) == 1:
            raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if type(step) is not int or step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return __islice(iter(iterable), start, stop, step)


def __islice(iterator, start, stop, step):
    # CPython's own order: skip to the next index, stop before taking an
    # item at the stop index, so the iterator is left where CPython leaves it.
    count = 0
    next_index = start
    while True:
        while count < next_index:
            if next(iterator, __MISSING) is __MISSING:
                return
            count += 1
        if stop is not None and count >= stop:
            return
        element = next(iterator, __MISSING)
        if element is __MISSING:
            return
        count += 1
        next_index += step
        if stop is not None and next_index > stop:
            next_index = stop
        yield element


def pairwise(iterable):
    return __pairwise(iter(iterable))


def __pairwise(iterator):
    previous = next(iterator, __MISSING)
    if previous is __MISSING:
        return
    for element in iterator:
        yield previous, element
        previous = element


def permutations(iterable=__MISSING, r=None):
    if iterable is __MISSING:
        raise TypeError("permutations() missing required argument 'iterable' (pos 1)")
    pool = tuple(iterable)
    r = len(pool) if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    return __permutations(pool, r)


def __permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return __product(pools)


def __product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for items in result:
        yield tuple(items)


def repeat(object, times=None):
    return __repeat(object, times)


def __repeat(object, times):
    if times is None:
        while True:
            yield object
    for _ in range(times):
        yield object


def starmap(function, iterable):
    return __starmap(function, iter(iterable))


def __starmap(function, iterator):
    for arguments in iterator:
        yield function(*arguments)


def takewhile(predicate, iterable):
    return __takewhile(predicate, iter(iterable))


def __takewhile(predicate, iterator):
    for element in iterator:
        if predicate(element):
            yield element
        else:
            return


def zip_longest(*iterables, fillvalue=None):
    return __zip_longest([iter(iterable) for iterable in iterables], fillvalue)


def __zip_longest(iterators, fillvalue):
    if not iterators:
        return
    while True:
        values = []
        active = 0
        for iterator in iterators:
            value = next(iterator, __MISSING)
            if value is __MISSING:
                value = fillvalue
            else:
                active += 1
            values.append(value)
        if not active:
            return
        yield tuple(values)


# The string module's one function.


def capwords(s, sep=None):
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


# collections.namedtuple: a class whose objects act as tuples of their fields
# (equal to, ordered and hashed as the tuple of their values).

__KEYWORDS = frozenset((
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
))


def __as_tuple(value):
    if isinstance(value, tuple):
        return value
    if hasattr(value, "_fields") and hasattr(value, "_tuple"):
        return value._tuple
    return None


def __reversed_sequence(sequence):
    return iter([sequence[index] for index in range(len(sequence) - 1, -1, -1)])


def __field_getter(index):
    return lambda self: self._tuple[index]


def __names_text(names):
    quoted = [repr(name) for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(map(str, field_names))
    typename = str(typename)
    for name in (typename,) + fields:
        if not name.isidentifier() or name in __KEYWORDS:
            raise ValueError(
                f"Type names and field names must be valid identifiers: {name!r}")
    seen = set()
    for name in fields:
        if name.startswith("_"):
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    defaults = () if defaults is None else tuple(defaults)
    if len(defaults) > len(fields):
        raise TypeError("Got more default values than field names")
    field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))

    class namedtuple:
        _fields = fields
        __match_args__ = fields
        _field_defaults = field_defaults

        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(
                    f"{typename}.__new__() takes {len(fields) + 1} positional arguments"
                    f" but {len(args) + 1} were given")
            for name in kwargs:
                if name not in fields:
                    raise TypeError(
                        f"{typename}.__new__() got an unexpected keyword argument {name!r}")
                if name in fields[:len(args)]:
                    raise TypeError(
                        f"{typename}.__new__() got multiple values for argument {name!r}")
            values = list(args)
            missing = []
            for name in fields[len(args):]:
                if name in kwargs:
                    values.append(kwargs[name])
                elif name in field_defaults:
                    values.append(field_defaults[name])
                else:
                    missing.append(name)
            if missing:
                plural = "" if len(missing) == 1 else "s"
                raise TypeError(
                    f"{typename}.__new__() missing {len(missing)} required positional"
                    f" argument{plural}: {__names_text(missing)}")
            self._tuple = tuple(values)

        @classmethod
        def _make(cls, iterable):
            return cls(*iterable)

        def _asdict(self):
            return dict(zip(fields, self._tuple))

        def _replace(self, **changes):
            unknown = [name for name in changes if name not in fields]
            if unknown:
                raise ValueError(f"Got unexpected field names: {unknown!r}")
            return type(self)(**{**self._asdict(), **changes})

        def __repr__(self):
            parts = [f"{name}={value!r}" for name, value in zip(fields, self._tuple)]
            return f"{typename}({', '.join(parts)})"

        def __iter__(self):
            return iter(self._tuple)

        def __len__(self):
            return len(self._tuple)

        def __getitem__(self, index):
            return self._tuple[index]

        def __contains__(self, value):
            return value in self._tuple

        def __hash__(self):
            return hash(self._tuple)

        def __eq__(self, other):
            other = __as_tuple(other)
            return NotImplemented if other is None else self._tuple == other

        def __lt__(self, other):
            other = __as_tuple(other)
            return NotImplemented if other is None else self._tuple < other

        def __le__(self, other):
            other = __as_tuple(other)
            return NotImplemented if other is None else self._tuple <= other

        def __gt__(self, other):
            other = __as_tuple(other)
            return NotImplemented if other is None else self._tuple > other

        def __ge__(self, other):
            other = __as_tuple(other)
            return NotImplemented if other is None else self._tuple >= other

        def __add__(self, other):
            other = __as_tuple(other)
            return NotImplemented if other is None else self._tuple + other

        def __radd__(self, other):
            other = __as_tuple(other)
            return NotImplemented if other is None else other + self._tuple

        def __mul__(self, count):
            return self._tuple * count

        def __rmul__(self, count):
            return count * self._tuple

        def __reversed__(self):
            return reversed(self._tuple)

        def count(self, value):
            return self._tuple.count(value)

        def index(self, value):
            return self._tuple.index(value)

    # Fields read the tuple and cannot be set, as in CPython.
    for index, name in enumerate(fields):
        setattr(namedtuple, name, property(__field_getter(index)))
    namedtuple.__name__ = typename
    namedtuple.__qualname__ = typename
    return namedtuple


# turtle.Vec2D: a point as position() gives it, printed as CPython prints it.


class Vec2D:
    def __init__(self, x, y):
        self._tuple = (x, y)

    def __repr__(self):
        return "(%.2f,%.2f)" % self._tuple

    def __iter__(self):
        return iter(self._tuple)

    def __len__(self):
        return 2

    def __getitem__(self, index):
        return self._tuple[index]

    def __eq__(self, other):
        other = other._tuple if isinstance(other, Vec2D) else __as_tuple(other)
        return NotImplemented if other is None else self._tuple == other

    def __hash__(self):
        return hash(self._tuple)

    def __add__(self, other):
        return Vec2D(self[0] + other[0], self[1] + other[1])

    def __sub__(self, other):
        return Vec2D(self[0] - other[0], self[1] - other[1])

    def __mul__(self, other):
        if isinstance(other, Vec2D):
            return self[0] * other[0] + self[1] * other[1]
        return Vec2D(self[0] * other, self[1] * other)

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return Vec2D(self[0] * other, self[1] * other)
        return NotImplemented

    def __neg__(self):
        return Vec2D(-self[0], -self[1])

    def __abs__(self):
        import math
        return math.hypot(self[0], self[1])


def __canvas_loop(setup, draw, on_key, on_click, keep_open):
    # The frames of a canvas program (see vm/canvas_frames.rs): setup() once,
    # then before each frame the host's input, the event handlers, draw().
    if setup is not None:
        setup()
    if draw is None and on_key is None and on_click is None and not keep_open:
        return
    while True:
        probe = __canvas_next_frame()
        if probe is False:
            return
        if probe is not None:
            __canvas_report(probe())
            continue
        event = __canvas_next_event()
        while event:
            if event == 1:
                if on_key is not None:
                    on_key()
            elif on_click is not None:
                on_click()
            event = __canvas_next_event()
        if draw is not None and __canvas_looping():
            draw()

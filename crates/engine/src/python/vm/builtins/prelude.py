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


def __sum(iterable, start):
    total = start
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

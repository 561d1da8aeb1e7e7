# sum() of a generator that yields a str after an int: the TypeError is
# raised at the sum() call (no frame of the generator's), as in CPython.
def digits_total(items):
    return sum(item for item in items)


print(digits_total([1, 2, 3]))
print(digits_total([1, "2", 3]))

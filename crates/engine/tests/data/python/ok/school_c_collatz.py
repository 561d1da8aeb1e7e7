# Collatz sequences with memoization in a dict
cache = {1: 1}
def length(n):
    if n in cache:
        return cache[n]
    nxt = n // 2 if n % 2 == 0 else 3 * n + 1
    cache[n] = 1 + length(nxt)
    return cache[n]
def sequence(n):
    out = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        out.append(n)
    return out
print(sequence(6))
print(sequence(11))
print(len(sequence(27)), max(sequence(27)))
best = max(range(1, 10000), key=length)
print("longest under 10000:", best, length(best))
for n in range(1, 11):
    print(f"{n:>3}: {length(n):>3} {'*' * length(n)}")
print(len(cache) > 10000, cache[27])
peaks = {n: max(sequence(n)) for n in (7, 15, 27, 97)}
print(peaks)
print([n for n in range(1, 100) if length(n) == 20])

# Tower of Hanoi with peg states, hand-written permutations and subsets.
def hanoi(n, src, dst, via, pegs, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, pegs, moves)
    disk = pegs[src].pop()
    pegs[dst].append(disk)
    moves.append((disk, src, dst))
    print(f"move {len(moves):>2}: disk {disk} {src}->{dst}  {pegs['A']} {pegs['B']} {pegs['C']}")
    hanoi(n - 1, via, dst, src, pegs, moves)

pegs = {"A": [4, 3, 2, 1], "B": [], "C": []}
moves = []
hanoi(4, "A", "C", "B", pegs, moves)
print("total moves", len(moves), "=", 2 ** 4 - 1)

def perms(items):
    if len(items) <= 1:
        yield items[:]
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            yield [items[i]] + p

all_p = list(perms([1, 2, 3, 4]))
print(len(all_p), all_p[:5], all_p[-1])
print(["".join(p) for p in perms(list("abc"))])

def next_perm(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return True

a = [1, 2, 2, 3]
count = 1
print(a)
while next_perm(a):
    count += 1
    print(a)
print("distinct permutations:", count)

def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
subs = sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s))
print(subs)
print([s for s in subsets([3, 5, 7, 9, 11]) if sum(s) == 16])

# Bubble sort with a print after every pass, swap counter and early exit.
def bubble(a):
    a = a[:]
    swaps = 0
    for p in range(len(a) - 1):
        swapped = False
        for i in range(len(a) - 1 - p):
            if a[i] > a[i + 1]:
                a[i], a[i + 1] = a[i + 1], a[i]
                swaps += 1
                swapped = True
        print(f"pass {p + 1}: {a}")
        if not swapped:
            print("no swaps, stop")
            break
    return a, swaps

data = [29, 10, 14, 37, 13, 5, 88, 1]
res, swaps = bubble(data)
print("sorted", res, "swaps", swaps)
inv = sum(1 for i in range(len(data)) for j in range(i + 1, len(data)) if data[i] > data[j])
print("inversions", inv, inv == swaps)
print(bubble([1, 2, 3, 4]))
print(bubble(["pear", "apple", "fig", "kiwi"]))

def cocktail(a):
    a = a[:]
    lo, hi = 0, len(a) - 1
    rnd = 0
    while lo < hi:
        rnd += 1
        for i in range(lo, hi):
            if a[i] > a[i + 1]:
                a[i], a[i + 1] = a[i + 1], a[i]
        hi -= 1
        for i in range(hi, lo, -1):
            if a[i - 1] > a[i]:
                a[i - 1], a[i] = a[i], a[i - 1]
        lo += 1
        print("round", rnd, a)
    return a
print(cocktail([5, 1, 4, 2, 8, 0, 2]))

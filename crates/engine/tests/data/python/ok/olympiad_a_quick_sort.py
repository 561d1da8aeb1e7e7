# Quick sort: Lomuto partition in place with steps, and a functional version.
calls = 0

def partition(a, lo, hi):
    pivot = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] < pivot:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    return i

def quick(a, lo, hi, depth=0):
    global calls
    calls += 1
    if lo >= hi:
        return
    p = partition(a, lo, hi)
    print(f"{'.' * depth}pivot {a[p]} at {p}: {a[lo:p]} {a[p]} {a[p + 1:hi + 1]}")
    quick(a, lo, p - 1, depth + 1)
    quick(a, p + 1, hi, depth + 1)

arr = [10, 80, 30, 90, 40, 50, 70, 15, 60]
quick(arr, 0, len(arr) - 1)
print(arr, "calls", calls)

def qs(a):
    if len(a) < 2:
        return a
    pivot = a[len(a) // 2]
    less = [x for x in a if x < pivot]
    equal = [x for x in a if x == pivot]
    more = [x for x in a if x > pivot]
    return qs(less) + equal + qs(more)

print(qs([3, 6, 1, 8, 3, 3, 9, 0, -2, 7]))
print(qs(list("quicksort")))

def kth_smallest(a, k):
    pivot = a[0]
    less = [x for x in a if x < pivot]
    eq = [x for x in a if x == pivot]
    if k < len(less):
        return kth_smallest(less, k)
    if k < len(less) + len(eq):
        return pivot
    return kth_smallest([x for x in a if x > pivot], k - len(less) - len(eq))
data = [7, 2, 9, 4, 4, 1, 8]
print([kth_smallest(data, k) for k in range(len(data))])

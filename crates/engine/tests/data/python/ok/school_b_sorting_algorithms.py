# Classic sorting algorithms written by hand
def bubble_sort(a):
    a = a[:]
    n = len(a)
    swaps = 0
    for i in range(n - 1):
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
    return a, swaps

def selection_sort(a):
    a = list(a)
    for i in range(len(a)):
        m = min(range(i, len(a)), key=lambda k: a[k])
        a[i], a[m] = a[m], a[i]
    return a

def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]

def quick_sort(a):
    if len(a) < 2:
        return a
    pivot, *rest = a
    return quick_sort([x for x in rest if x < pivot]) + [pivot] + quick_sort([x for x in rest if x >= pivot])

data = [29, 3, 71, 3, -4, 15, 0, 88, 42, 7]
print(bubble_sort(data))
print(selection_sort(data))
print(insertion_sort("sorting"))
print(merge_sort(data))
print(quick_sort(data), data)
print(sorted(data) == merge_sort(data) == quick_sort(data))
words = ["pear", "Apple", "fig", "banana"]
print(insertion_sort(words), merge_sort([w.lower() for w in words]))
print(quick_sort([2.5, -1.0, 2, 1e3, 0.001]))

# random shuffles followed by sorting algorithms
import random
random.seed(2024)
def bubble(a):
    a = a[:]
    swaps = 0
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
    return a, swaps
def inversions(a):
    return sum(1 for i in range(len(a)) for j in range(i + 1, len(a)) if a[i] > a[j])
for trial in range(5):
    data = list(range(1, 21))
    random.shuffle(data)
    result, swaps = bubble(data)
    print(trial, result == sorted(data), swaps == inversions(data), sum(result))
def merge_sort(a):
    if len(a) <= 1:
        return a
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
nums = [random.randint(-100, 100) for _ in range(200)]
print(merge_sort(nums) == sorted(nums), len(merge_sort(nums)))
words = ["kiwi", "apple", "fig", "banana", "cherry", "date"]
random.shuffle(words)
print(sorted(words), sorted(words, key=len)[0], sorted(words, key=lambda w: (len(w), w)))

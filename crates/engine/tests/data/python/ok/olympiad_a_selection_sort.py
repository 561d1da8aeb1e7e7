# Selection sort (min and max variants) with the chosen element each step.
def selection(a, reverse=False):
    a = a[:]
    n = len(a)
    for i in range(n - 1):
        best = i
        for j in range(i + 1, n):
            if (a[j] > a[best]) if reverse else (a[j] < a[best]):
                best = j
        if best != i:
            a[i], a[best] = a[best], a[i]
        print(f"  step {i}: pick {a[i]:>3} from index {best} -> {a}")
    return a

nums = [64, 25, 12, 22, 11, 90, -3]
print("ascending")
print(selection(nums))
print("descending")
print(selection(nums, reverse=True))
print("original untouched", nums)

def double_selection(a):
    a = a[:]
    lo, hi = 0, len(a) - 1
    while lo < hi:
        mn = mx = lo
        for k in range(lo, hi + 1):
            if a[k] < a[mn]:
                mn = k
            if a[k] > a[mx]:
                mx = k
        a[lo], a[mn] = a[mn], a[lo]
        if mx == lo:
            mx = mn
        a[hi], a[mx] = a[mx], a[hi]
        print(lo, hi, a)
        lo += 1
        hi -= 1
    return a
print(double_selection([3, 8, 1, 9, 4, 7, 2, 6, 5]))
words = ["zebra", "Apple", "mango", "banana"]
print(selection([w.lower() for w in words]))

# Көпіршікті сұрыптау
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

data = [64, 34, 25, 12, 22, 11, 90, 5]
result, swaps = bubble_sort(data)
print(result)
print("Алмасулар:", swaps)
print(data)
print(bubble_sort([]), bubble_sort([1]))

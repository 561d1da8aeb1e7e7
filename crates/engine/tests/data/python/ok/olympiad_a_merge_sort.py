# Merge sort with recursion depth shown, and counting inversions while merging.
def merge(left, right):
    out = []
    i = j = 0
    inv = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            inv += len(left) - i
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out, inv

def merge_sort(a, depth=0):
    pad = "  " * depth
    if len(a) <= 1:
        print(f"{pad}leaf {a}")
        return a, 0
    mid = len(a) // 2
    print(f"{pad}split {a[:mid]} | {a[mid:]}")
    left, x = merge_sort(a[:mid], depth + 1)
    right, y = merge_sort(a[mid:], depth + 1)
    merged, z = merge(left, right)
    print(f"{pad}merge -> {merged} (+{z})")
    return merged, x + y + z

data = [38, 27, 43, 3, 9, 82, 10]
result, inversions = merge_sort(data)
print("sorted:", result)
print("inversions:", inversions)

def bottom_up(a):
    a = a[:]
    width = 1
    while width < len(a):
        for lo in range(0, len(a), 2 * width):
            part, _ = merge(a[lo:lo + width], a[lo + width:lo + 2 * width])
            a[lo:lo + 2 * width] = part
        print("width", width, a)
        width *= 2
    return a
print(bottom_up([5, 2, 4, 7, 1, 3, 2, 6, 0]))

# Insertion sort with shifts shown, then binary insertion and sorting records.
def insertion(a):
    a = list(a)
    shifts = 0
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
            shifts += 1
        a[j + 1] = key
        print(f"i={i} key={key!r:>4} -> {a}")
    return a, shifts

result, shifts = insertion([7, 3, 9, 1, 5, 3, 8])
print(result, "shifts:", shifts)
print(insertion("python")[0])

students = [("Aru", 87), ("Dana", 92), ("Erlan", 87), ("Bota", 75), ("Miras", 92)]
ordered = []
for st in students:
    pos = len(ordered)
    while pos > 0 and ordered[pos - 1][1] < st[1]:
        pos -= 1
    ordered.insert(pos, st)
    print("insert", st, "at", pos)
for rank, (name, score) in enumerate(ordered, 1):
    print(f"{rank}. {name:<6}{score:>4}")

def shell(a):
    a = a[:]
    gap = len(a) // 2
    while gap > 0:
        for i in range(gap, len(a)):
            tmp = a[i]
            j = i
            while j >= gap and a[j - gap] > tmp:
                a[j] = a[j - gap]
                j -= gap
            a[j] = tmp
        print("gap", gap, a)
        gap //= 2
    return a
shell([23, 12, 1, 8, 34, 54, 2, 3, 17, 9])

# Ең үлкен қосындылы ішкі тізбек (Кадан алгоритмі)
def max_subarray(a):
    best = cur = a[0]
    start = best_start = best_end = 0
    for i in range(1, len(a)):
        if cur < 0:
            cur = a[i]
            start = i
        else:
            cur += a[i]
        if cur > best:
            best, best_start, best_end = cur, start, i
    return best, a[best_start:best_end + 1]

print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]))
print(max_subarray([-3, -1, -2]))
print(max_subarray([5]))

# Жылдам дәрежеге шығару
def fast_pow(a, n):
    if n == 0:
        return 1
    half = fast_pow(a, n // 2)
    if n % 2 == 0:
        return half * half
    return half * half * a

print(fast_pow(2, 10), fast_pow(3, 0), fast_pow(7, 13))
print(fast_pow(2, 200) == 2 ** 200)
print(fast_pow(1.5, 3))
def digits_sum(n):
    return n if n < 10 else n % 10 + digits_sum(n // 10)
print(digits_sum(987654321))

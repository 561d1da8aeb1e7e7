# Бірнеше мән қайтару
def stats(numbers):
    n = len(numbers)
    mean = sum(numbers) / n
    return min(numbers), max(numbers), mean

lo, hi, avg = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
print(stats([1, 2]))
def divide(a, b):
    if b == 0:
        return None
    return a // b, a % b
print(divide(17, 5), divide(1, 0))
def nothing():
    return
print(nothing())

# Recursion
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)
print([factorial(i) for i in range(8)], factorial(25))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])

def power(b, e):
    if e == 0:
        return 1
    half = power(b, e // 2)
    return half * half * (b if e % 2 else 1)
print(power(2, 30), power(3, 13))

def digit_sum(n):
    return n if n < 10 else n % 10 + digit_sum(n // 10)
print(digit_sum(987654321))

def reverse(s):
    return s if len(s) <= 1 else reverse(s[1:]) + s[0]
print(reverse("recursion"))

def is_palindrome(s):
    if len(s) < 2:
        return True
    return s[0] == s[-1] and is_palindrome(s[1:-1])
print(is_palindrome("level"), is_palindrome("levels"))

def hanoi(n, src, dst, tmp, moves):
    if n == 0:
        return
    hanoi(n - 1, src, tmp, dst, moves)
    moves.append(f"{src}->{dst}")
    hanoi(n - 1, tmp, dst, src, moves)
moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves), moves)

def flatten(items):
    out = []
    for it in items:
        if isinstance(it, list):
            out.extend(flatten(it))
        else:
            out.append(it)
    return out
print(flatten([1, [2, [3, [4]], 5], [[6]]]))

def binary_search(arr, target, lo=0, hi=None):
    if hi is None:
        hi = len(arr) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == target:
        return mid
    if arr[mid] < target:
        return binary_search(arr, target, mid + 1, hi)
    return binary_search(arr, target, lo, mid - 1)
data = list(range(0, 100, 7))
print(binary_search(data, 49), binary_search(data, 50))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), [bin(n)[2:] for n in (5, 8)])
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))

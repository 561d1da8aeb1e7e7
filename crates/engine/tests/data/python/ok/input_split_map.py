# Бір жолдағы сандар
a, b, c = map(int, input().split())
print(a + b + c)
print(max(a, b, c), min(a, b, c))
numbers = list(map(int, input().split()))
print(numbers)
print(sum(numbers) / len(numbers))

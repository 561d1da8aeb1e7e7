# Read numbers until 0, compute statistics
nums = []
while True:
    x = int(input())
    if x == 0:
        break
    nums.append(x)
print("count:", len(nums))
print("sum:", sum(nums), "mean:", sum(nums) / len(nums))
s = sorted(nums)
mid = len(s) // 2
median = s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2
print("median:", median)
print("min/max:", min(nums), max(nums))
print("evens:", [v for v in nums if v % 2 == 0])
print("negatives:", sum(1 for v in nums if v < 0))
a, b = map(float, input().split())
print(f"{a} / {b} = {a / b:.4f}")
print(a // b, a % b)
words = input().split(",")
print([w.strip() for w in words])
line = input()
print(line.isdigit(), line[::-1], int(line) * 2 if line.isdigit() else None)

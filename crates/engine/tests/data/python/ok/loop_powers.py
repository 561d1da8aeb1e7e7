# Екінің дәрежелері
p = 1
for i in range(0, 70, 5):
    print(f"2^{i} = {2 ** i}")
while p < 10 ** 6:
    p *= 2
print(p)
print([3 ** i for i in range(10)])
print(0.5 ** 10, 0.1 ** 5, 10.0 ** -3, 2.0 ** 60)

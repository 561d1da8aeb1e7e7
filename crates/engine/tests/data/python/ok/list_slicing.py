# Тізім кесінділері
a = list(range(10))
print(a[2:5])
print(a[:3], a[7:])
print(a[::3])
print(a[::-1])
print(a[-3:])
print(a[8:2:-2])
print(a[-1:-4:-1])
print(a[20:30], a[5:1])
a[2:5] = ["x", "y"]
print(a)
a[:2] = []
print(a)
a[1:1] = [100, 200]
print(a)
b = [0] * 6
b[::2] = [1, 1, 1]
print(b)

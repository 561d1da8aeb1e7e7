# break және continue
for i in range(1, 20):
    if i % 3 == 0:
        continue
    if i > 14:
        break
    print(i, end=" ")
print()
n = 0
while True:
    n += 1
    if n % 2:
        continue
    print("жұп:", n)
    if n >= 6:
        break
print("соңы", n)

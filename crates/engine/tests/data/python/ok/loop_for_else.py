# for ... else: жай санды табу
for n in [2, 9, 13, 21, 29, 1]:
    if n < 2:
        print(n, "жай сан емес")
        continue
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "жай сан")

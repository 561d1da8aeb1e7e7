# Қысқартылған меншіктеу
n = 17
n += 3; print(n)
n -= 5; print(n)
n *= 4; print(n)
n /= 3; print(n)
n //= 2; print(n)
n **= 2; print(n)
m = 100
m %= 7; print(m)
lst = [1]
lst += [2, 3]
lst *= 2
print(lst)
t = (1,)
t += (2,)
print(t)

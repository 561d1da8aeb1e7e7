# Таңдау арқылы сұрыптау
a = [29, 10, 14, 37, 13, -2, 14]
for i in range(len(a)):
    m = i
    for j in range(i + 1, len(a)):
        if a[j] < a[m]:
            m = j
    a[i], a[m] = a[m], a[i]
    print(i, a)
print(a == sorted(a))

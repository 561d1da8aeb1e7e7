# Жолдың индекстері
s = "Қазақстан"
print(s[0], s[1], s[-1], s[-2])
print(len(s))
print(s[len(s) - 1])
for i in range(len(s)):
    print(i, s[i], -len(s) + i)

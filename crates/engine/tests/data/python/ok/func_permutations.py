# Алмастырулар (рекурсия)
def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result

for p in permutations([1, 2, 3]):
    print(p)
print(len(permutations(list("абвг"))))
print(["".join(p) for p in permutations(list("қаз"))])

# ЕҮОБ цикл арқылы және бөлшекті қысқарту
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

fractions = [(6, 8), (10, 25), (7, 13), (100, 75), (0, 5)]
for p, q in fractions:
    g = gcd(p, q)
    print(f"{p}/{q} = {p // g}/{q // g}")
print(gcd(2 ** 100, 3 ** 60 * 2 ** 7))

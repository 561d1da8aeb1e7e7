# ЕҮОБ және ЕКОЕ (Евклид алгоритмі)
def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)

def lcm(a, b):
    return a * b // gcd(a, b)

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))
print(lcm(4, 6), lcm(21, 6))
result = 1
for i in range(1, 21):
    result = lcm(result, i)
print("1..20 ЕКОЕ:", result)

class MathUtil:
    @staticmethod
    def gcd(a, b):
        while b:
            a, b = b, a % b
        return a

    @staticmethod
    def lcm(a, b):
        return a * b // MathUtil.gcd(a, b)

    @staticmethod
    def is_prime(n):
        if n < 2:
            return False
        i = 2
        while i * i <= n:
            if n % i == 0:
                return False
            i += 1
        return True

    def primes_upto(self, n):
        return [k for k in range(n + 1) if self.is_prime(k)]


print(MathUtil.gcd(48, 18), MathUtil.lcm(4, 6))
m = MathUtil()
print(m.gcd(100, 75), m.lcm(21, 6))
print(m.primes_upto(30))
print([MathUtil.is_prime(x) for x in range(10)])
g = MathUtil.gcd
print(g(17, 5), g(0, 9))

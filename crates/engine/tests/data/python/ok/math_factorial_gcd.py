# math.factorial, math.gcd, math.lcm
import math
print(math.factorial(10))
print(math.factorial(50))
print(math.gcd(84, 36), math.gcd(0, 0), math.gcd(-12, 18))
print(math.lcm(4, 6, 10))
print(math.comb(10, 3), math.perm(5, 2))
print(math.factorial(25) // math.factorial(23))

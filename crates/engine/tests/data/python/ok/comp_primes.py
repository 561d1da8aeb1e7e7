# Жай сандар генератормен
primes = [n for n in range(2, 60) if all(n % d != 0 for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print(len(primes), sum(primes))
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print(twins)

# Эратосфен елегі
n = 100
is_prime = [True] * (n + 1)
is_prime[0] = is_prime[1] = False
for i in range(2, int(n ** 0.5) + 1):
    if is_prime[i]:
        for j in range(i * i, n + 1, i):
            is_prime[j] = False
primes = [i for i in range(n + 1) if is_prime[i]]
print(primes)
print("Саны:", len(primes))
for i in range(0, len(primes), 10):
    print(*primes[i:i + 10])

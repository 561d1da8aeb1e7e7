# Санның цифрлары
n = 9075312
digits = []
while n > 0:
    digits.append(n % 10)
    n //= 10
print(digits)
print("Саны:", len(digits), "Қосындысы:", sum(digits))
m = 0
for d in digits:
    m = m * 10 + d
print("Кері:", m)
print(sum(int(c) for c in str(2 ** 100)))

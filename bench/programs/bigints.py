# Big integers: factorials and powers with their digit sums (each number
# under CPython's 4300-digit limit for turning it into text).
def digit_sum(number):
    return sum(int(digit) for digit in str(number))


total = 0
for round_number in range(20):
    factorial = 1
    for n in range(1, 1400):
        factorial *= n
        if n % 50 == 0:
            total += digit_sum(factorial)
    for base in range(2, 12):
        total += digit_sum(base ** (3000 + round_number)) % 1000
print(total)

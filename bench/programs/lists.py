# Lists: building, sorting, comprehensions, slicing, sum.
total = 0
for round_number in range(40):
    numbers = [(i * 7919 + round_number) % 10007 for i in range(10000)]
    numbers.sort()
    evens = [x for x in numbers if x % 2 == 0]
    squares = [x * x for x in evens[:2000]]
    total += sum(squares) % 1000003 + len(evens) + numbers[5000]
print(total)

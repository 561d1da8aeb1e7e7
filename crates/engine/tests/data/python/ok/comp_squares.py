# Тізім генераторлары
squares = [x * x for x in range(10)]
print(squares)
evens = [x for x in range(20) if x % 2 == 0]
print(evens)
words = ["алма", "Банан", "шие"]
print([w.upper() for w in words])
print([len(w) for w in words])
print([x for x in squares if x > 10 and x < 70])
print([c for c in "Сәлем әлем" if c != " "])

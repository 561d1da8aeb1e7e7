# Сөздік және жиын генераторлары
words = ["кітап", "қалам", "дәптер", "сызғыш", "кітап"]
lengths = {w: len(w) for w in words}
print(lengths)
first_letters = {w[0]: w for w in words}
print(first_letters)
remainders = {n % 7 for n in range(0, 50, 3)}
print(remainders)
print(sorted({len(w) for w in words}))
print({i: i ** 3 for i in range(-2, 3)})

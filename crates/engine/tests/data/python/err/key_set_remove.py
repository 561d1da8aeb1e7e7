# Жиында жоқ элементті remove арқылы жою
s = {1, 2, 3}
s.discard(5)
print(sorted(s))
s.remove(5)

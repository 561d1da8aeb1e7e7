# Бос жолды оқу
first = input("> ")
second = input("> ")
third = input("> ")
print()
print(repr(first), repr(second), repr(third))
print(len(second) == 0)
print(third.strip())

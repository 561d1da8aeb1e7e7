# Builtin methods called in loops: str case methods and character classes
# (ASCII and not), and a deque used as a queue and as a stack.
from collections import deque

words = ["Alma", "straße", "ΣΑΣ", "ǅemal", "x1", "٣٤", "", "  ", "İstanbul", "ﬁsh"]
for word in words:
    print(repr(word.upper()), repr(word.lower()), repr(word.casefold()), repr(word.title()))
    print(word.isdigit(), word.isalpha(), word.isalnum(), word.isspace(), word.isupper(),
          word.islower(), word.istitle(), word.isdecimal(), word.isnumeric(),
          word.isidentifier(), word.isascii(), word.isprintable())
    print(repr(word.capitalize()), repr(word.swapcase()))
try:
    "a".upper(1)
except TypeError as error:
    print("TypeError", error)

queue = deque([1, 2])
for number in range(3, 8):
    queue.append(number)
    queue.appendleft(-number)
print(queue, queue.popleft(), queue.pop(), len(queue))
while queue:
    queue.popleft()
try:
    queue.popleft()
except IndexError as error:
    print("IndexError", error)
try:
    queue.pop()
except IndexError as error:
    print("IndexError", error)
order = deque()
order.append((0, 0))
seen = {(0, 0)}
while order:
    row, column = order.popleft()
    for step_row, step_column in ((1, 0), (0, 1)):
        neighbour = (row + step_row, column + step_column)
        if neighbour[0] < 3 and neighbour[1] < 3 and neighbour not in seen:
            seen.add(neighbour)
            order.append(neighbour)
print(sorted(seen), (2.0, 2) in seen, (True, 0) in seen, (1, 2, 3) in seen)
# A str iterated character by character (each a new str), multi-byte ones too.
letters = []
for character in "Қазақ тілі, ünïcödé 😀!":
    if character.isalpha():
        letters.append(character.upper())
print("".join(letters), len(letters), [c for c in "ab😀" if c != "b"])
iterator = iter("xy")
print(next(iterator), list(iterator), list(iterator))

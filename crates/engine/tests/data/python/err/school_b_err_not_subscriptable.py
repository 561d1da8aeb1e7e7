# TypeError: int is not subscriptable
number = 12345
print("number:", number)
digits = str(number)
print("first digit:", digits[0])
print("first digit again:", number[0])

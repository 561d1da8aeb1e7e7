import string
from string import ascii_uppercase, digits

print(string.ascii_letters)
print(string.ascii_lowercase, ascii_uppercase)
print(digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(repr(string.printable))

# A Caesar cipher, as circle pupils write it.
def caesar(text, shift):
    result = []
    for letter in text:
        if letter in string.ascii_lowercase:
            index = (string.ascii_lowercase.index(letter) + shift) % 26
            result.append(string.ascii_lowercase[index])
        elif letter in string.ascii_uppercase:
            index = (string.ascii_uppercase.index(letter) + shift) % 26
            result.append(string.ascii_uppercase[index])
        else:
            result.append(letter)
    return "".join(result)

secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))
print(sum(1 for c in "a1b2c3!" if c in string.digits))

# ValueError: maketrans arguments of different length
import string
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table))
key = string.ascii_lowercase[3:]
print(len(string.ascii_lowercase), len(key))
cipher = str.maketrans(string.ascii_lowercase, key)
print("hello".translate(cipher))

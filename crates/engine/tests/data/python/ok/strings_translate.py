import string

print(str.maketrans("ab", "ba"))
print("ab".maketrans("ab", "ba", "c"))
print(str.maketrans({"a": "1", "b": None, 99: "C"}))
table = str.maketrans("abc", "xyz", "!")
print("a bc!c!".translate(table))
print("abc".translate({97: "x", 98: None}), "abc".translate({97: 122}))
shift = 3
lower = string.ascii_lowercase
code = str.maketrans(lower, lower[shift:] + lower[:shift])
secret = "hello world".translate(code)
print(secret)
back = str.maketrans(lower[shift:] + lower[:shift], lower)
print(secret.translate(back))
vowels = str.maketrans("", "", "aeiou")
print("programming is fun".translate(vowels))
print("сәлем".translate(str.maketrans("ә", "а")))

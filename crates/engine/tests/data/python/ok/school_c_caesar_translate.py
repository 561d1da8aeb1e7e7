# Caesar and Atbash ciphers with str.maketrans / str.translate
import string
def caesar(text, shift):
    low = string.ascii_lowercase
    up = string.ascii_uppercase
    k = shift % 26
    table = str.maketrans(low + up, low[k:] + low[:k] + up[k:] + up[:k])
    return text.translate(table)
msg = "Hello, World! Meet at 5pm."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar("xyz XYZ", 29))
atbash = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[::-1])
print("wizard".translate(atbash), "wizard".translate(atbash).translate(atbash))
strip_vowels = str.maketrans("", "", "aeiouAEIOU")
print("Olympiad in Informatics".translate(strip_vowels))
leet = str.maketrans({"a": "4", "e": "3", "o": "0", "s": None, "t": "+-"})
print("test those aces".translate(leet))
print(str.maketrans("ab", "xy"))
print(str.maketrans({"a": 1}))
print("hello".translate({104: "J", 108: None}))
for shift in range(1, 26):
    cand = caesar("Wkh sdvvzrug lv vhfuhw", -shift)
    if "password" in cand:
        print(shift, cand)

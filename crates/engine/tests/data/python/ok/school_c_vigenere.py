# Vigenere cipher and letter frequency analysis
import string
from collections import Counter
ALPHA = string.ascii_uppercase
def vigenere(text, key, sign=1):
    out = []
    k = 0
    for ch in text.upper():
        if ch in ALPHA:
            shift = ALPHA.index(key[k % len(key)]) * sign
            out.append(ALPHA[(ALPHA.index(ch) + shift) % 26])
            k += 1
        else:
            out.append(ch)
    return "".join(out)
plain = "Attack at dawn, hold the bridge!"
enc = vigenere(plain, "LEMON")
print(enc)
print(vigenere(enc, "LEMON", -1))
rot13 = str.maketrans(string.ascii_letters, string.ascii_lowercase[13:] + string.ascii_lowercase[:13] + string.ascii_uppercase[13:] + string.ascii_uppercase[:13])
print("Hello Python".translate(rot13), "Hello Python".translate(rot13).translate(rot13))
secret = "Wkh vwhssh lv zlgh dqg wkh vnb lv eoxh dqg wkh vwhssh lv ehdxwlixo"
freq = Counter(c for c in secret.lower() if c.isalpha())
top = freq.most_common(1)[0][0]
shift = (ord(top) - ord("e")) % 26
print("guess shift:", shift)
low = string.ascii_lowercase
table = str.maketrans(low, low[-shift:] + low[:-shift])
print(secret.lower().translate(table))
swap = str.maketrans("abc", "bca")
s = "aabbcc"
for _ in range(4):
    print(s, end=" -> ")
    s = s.translate(swap)
print(s)

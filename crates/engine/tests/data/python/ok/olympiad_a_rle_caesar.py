# Run-length encoding and decoding, Caesar and Vigenere ciphers.
import string

def rle(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)

def unrle(code):
    out = []
    num = ""
    for ch in code:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)

for s in ("AAABBBCCDAA", "WWWWWWWWWWWWBWWWWWWWWWWWWBBB", "abc", "", "zzzzzzzzzzzz"):
    code = rle(s)
    print(f"{s!r} -> {code!r} -> ok={unrle(code) == s}")

def caesar(text, k):
    res = []
    for ch in text:
        if ch in string.ascii_lowercase:
            res.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif ch in string.ascii_uppercase:
            res.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            res.append(ch)
    return "".join(res)

msg = "Meet me at the Olympiad, 9:00!"
for k in (1, 3, 13, 25):
    enc = caesar(msg, k)
    print(f"k={k:>2}: {enc} | back: {caesar(enc, -k) == msg}")
secret = caesar("attack at dawn", 7)
print("secret:", secret)
for k in range(26):
    guess = caesar(secret, -k)
    if "at" in guess.split():
        print("cracked with k =", k, "->", guess)

def vigenere(text, key, sign=1):
    out = []
    i = 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[i % len(key)]) - 97
            out.append(chr((ord(ch) - 97 + sign * shift) % 26 + 97))
            i += 1
        else:
            out.append(ch)
    return "".join(out)
v = vigenere("attack at dawn", "lemon")
print(v, "|", vigenere(v, "lemon", -1))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[::-1])
print("atbash:", "hello world".translate(table))

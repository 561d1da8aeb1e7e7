# Palindromes: checks, the longest palindromic substring, making numbers palindromic.
def clean(s):
    return "".join(ch.lower() for ch in s if ch.isalnum())

phrases = ["A man, a plan, a canal: Panama", "Was it a car or a cat I saw?", "olympiad", "Kazak", "No lemon, no melon"]
for p in phrases:
    c = clean(p)
    print(f"{p!r:<35} -> {c == c[::-1]}")

def is_pal_rec(s):
    if len(s) <= 1:
        return True
    return s[0] == s[-1] and is_pal_rec(s[1:-1])
print([is_pal_rec(w) for w in ("level", "radar", "rotor", "motor", "", "x")])

def longest(s):
    best = ""
    for center in range(2 * len(s) - 1):
        l = center // 2
        r = l + center % 2
        while l >= 0 and r < len(s) and s[l] == s[r]:
            l -= 1
            r += 1
        cand = s[l + 1:r]
        if len(cand) > len(best):
            best = cand
            print(f"  new best {best!r} at center {center}")
    return best
for s in ("babad", "forgeeksskeegfor", "abacdfgdcaba"):
    print(s, "->", longest(s))

n = 87
steps = 0
while str(n) != str(n)[::-1]:
    r = int(str(n)[::-1])
    print(f"{n} + {r} = {n + r}")
    n += r
    steps += 1
print("palindrome", n, "after", steps, "steps")
pals = [x for x in range(10, 200) if str(x) == str(x)[::-1]]
print(len(pals), pals[:12])
both = [x for x in range(1, 600) if str(x) == str(x)[::-1] and bin(x)[2:] == bin(x)[2:][::-1]]
print("palindromes in base 10 and 2:", both)

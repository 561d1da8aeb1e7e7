# anagrams and palindromes
def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", ""]:
    print(f"{s!r:35} {is_pal(s)}")
def longest_pal(s):
    best = ""
    for center in range(2 * len(s) - 1):
        l, r = center // 2, (center + 1) // 2
        while l >= 0 and r < len(s) and s[l] == s[r]:
            l -= 1
            r += 1
        if r - l - 1 > len(best):
            best = s[l + 1:r]
    return best
print(longest_pal("babad"), longest_pal("cbbd"), longest_pal("forgeeksskeegfor"))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key in sorted(groups):
    print(key, groups[key])
def anagram(a, b):
    return sorted(a.replace(" ", "").lower()) == sorted(b.replace(" ", "").lower())
print(anagram("Dormitory", "dirty room"), anagram("abc", "abd"))
pal_nums = [n for n in range(10, 200) if str(n) == str(n)[::-1]]
print(pal_nums)
def make_pal(n):
    steps = 0
    while str(n) != str(n)[::-1]:
        n += int(str(n)[::-1])
        steps += 1
    return n, steps
for n in [56, 57, 89, 195]:
    print(n, make_pal(n))
print(sum(1 for i in range(1000) if str(i) == str(i)[::-1] and str(bin(i))[2:] == str(bin(i))[2:][::-1]))

# Counter in olympiad tasks
from collections import Counter
def can_build(note, magazine):
    need = Counter(note.replace(" ", ""))
    have = Counter(magazine.replace(" ", ""))
    return all(have[ch] >= k for ch, k in need.items())
print(can_build("hello", "oh well done"), can_build("zebra", "a bear"))
nums = [4, 1, 2, 1, 2, 5, 4, 4]
cnt = Counter(nums)
print([x for x in nums if cnt[x] == 1])
print(sorted(cnt, key=lambda x: (-cnt[x], x)))
def first_unique(s):
    c = Counter(s)
    for i, ch in enumerate(s):
        if c[ch] == 1:
            return i
    return -1
print(first_unique("leetcode"), first_unique("aabb"), first_unique("loveleetcode"))
grades = "5 4 5 3 5 4 2 5 4 4".split()
g = Counter(grades)
for mark in "5432":
    print(mark, "#" * g[mark], g[mark])
print("mode:", g.most_common(1)[0][0], "total:", g.total())
pairs = Counter()
for a, b in zip("abcabcab", "abcabcab"[1:]):
    pairs[a + b] += 1
print(pairs.most_common())
shop = Counter(apples=5, pears=2)
shop.subtract(apples=2, pears=3)
print(shop)
print({k: v for k, v in shop.items() if v > 0})
print(Counter().most_common(), Counter("x").total())

# Anagram groups with sorted keys, and letter counting without collections.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac",
         "dog", "god", "inlets", "banana", "abc", "cab", "bca", "odg"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key in sorted(groups):
    print(f"{key:<8} {len(groups[key])} {sorted(groups[key])}")
biggest = max(groups.values(), key=len)
print("biggest group:", biggest)
singles = sorted(w for g in groups.values() if len(g) == 1 for w in g)
print("no partner:", singles)

def letter_count(s):
    d = {}
    for ch in s:
        d[ch] = d.get(ch, 0) + 1
    return d

def is_anagram(a, b):
    return letter_count(a.replace(" ", "").lower()) == letter_count(b.replace(" ", "").lower())

pairs = [("Dormitory", "Dirty room"), ("The eyes", "They see"), ("Hello", "World"), ("Astronomer", "Moon starer")]
for a, b in pairs:
    print(f"{a:>12} / {b:<12}: {is_anagram(a, b)}")

cnt = letter_count("mississippi")
print(sorted(cnt.items()))
print(sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])))
target = "stop"
text = "potsdam spot tops opts post stop pots"
found = [w for w in text.split() if sorted(w) == sorted(target) and w != target]
print("anagrams of", target, "in text:", found)
window = [i for i in range(len("cbaebabacd") - 2) if sorted("cbaebabacd"[i:i + 3]) == sorted("abc")]
print("anagram windows:", window)

# word statistics for a short text
from collections import Counter
text = """Astana is the capital of Kazakhstan. Almaty is the largest city.
The steppe is wide and the mountains are high. Pupils of Almaty and Astana
love the olympiad in informatics!"""
clean = text.lower()
for ch in ".,!?":
    clean = clean.replace(ch, " ")
words = clean.split()
print("words:", len(words), "unique:", len(set(words)))
print("lines:", len(text.splitlines()), "chars:", len(text))
freq = Counter(words)
for w, c in freq.most_common(4):
    print(f"{w:<10}{c:>3}")
longest = max(words, key=len)
print("longest:", longest, len(longest))
avg = sum(map(len, words)) / len(words)
print(f"average length: {avg:.3f}")
by_first = {}
for w in sorted(set(words)):
    by_first.setdefault(w[0], []).append(w)
for letter in sorted(by_first)[:5]:
    print(letter, by_first[letter])
sentences = [s.strip() for s in text.replace("!", ".").split(".") if s.strip()]
for s in sentences:
    print(len(s.split()), "|", " ".join(s.split()))
caps = [w.strip(".,!") for w in text.split() if w[0].isupper()]
print(caps)
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6])

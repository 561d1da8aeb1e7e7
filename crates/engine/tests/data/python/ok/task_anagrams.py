# Анаграммаларды топтау
words = ["сәлем", "мәлес", "кітап", "тапкі", "ит", "ті", "алма", "лама"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key, group in groups.items():
    print(key, group)
def is_anagram(a, b):
    return sorted(a.lower()) == sorted(b.lower())
print(is_anagram("Listen", "Silent"), is_anagram("abc", "abd"))

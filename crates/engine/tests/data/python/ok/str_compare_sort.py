# Жолдарды салыстыру және сұрыптау
words = ["Банан", "алма", "Алма", "өрік", "шие", "Ұшақ", "apple", "Zebra"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(min(words), max(words))
print("10" < "9", 10 < 9)

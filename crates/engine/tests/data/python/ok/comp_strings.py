# Жолдармен генераторлар
sentence = "Мен мектепте Python тілін оқимын"
words = sentence.split()
print([w for w in words if len(w) > 4])
print([w[0] for w in words])
print(" ".join(w[::-1] for w in words))
print({w: w.count("м") for w in words})
acronym = "".join(w[0].upper() for w in words)
print(acronym)
print([ord(c) - ord("a") for c in "python"])

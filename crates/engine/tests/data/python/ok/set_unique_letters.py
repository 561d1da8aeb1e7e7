# Бірегей таңбалар (жиынды сұрыптап шығарамыз)
word = "математика"
letters = set(word)
print(len(word), len(letters))
print(sorted(letters))
print("".join(sorted(letters)))
common = set("сәлем") & set("әлем")
print(sorted(common))
print(len(set("мама")) == 2)

# Жол индексі шектен тыс
word = "Алматы"
print(word[-1])
print(word[6])

# Жолды өзгертуге болмайды
word = "мысык"
print(word[4])
word[4] = "қ"
print(word)

# AttributeError: str has no attribute append
word = "hello"
print(word.upper(), word.find("l"))
letters = list(word)
letters.append("!")
print(letters)
word.append("!")

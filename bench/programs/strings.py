# Strings: building, methods, joining, counting.
words = []
for i in range(240000):
    word = "w" + str(i % 997) + "x"
    if i % 3 == 0:
        word = word.upper()
    words.append(word)
text = " ".join(words)
parts = text.split(" ")
lowered = [part.lower() for part in parts]
result = sum(len(part) for part in lowered) + text.count("W1") + len(text.replace("x", "yz"))
print(result, lowered[12345], text.find("W996X"))

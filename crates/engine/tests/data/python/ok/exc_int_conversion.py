# Санға айналдыру қатесін ұстау
for text in ["42", "3.5", "abc", "", " 7 ", "-0"]:
    try:
        n = int(text)
        print(repr(text), "->", n)
    except ValueError as e:
        print(repr(text), "қате:", e)

# Палиндромды тексеру
def is_palindrome(s):
    clean = ""
    for ch in s.lower():
        if ch.isalnum():
            clean += ch
    return clean == clean[::-1]

for phrase in ["Тоқсан асқот", "А роза упала на лапу Азора", "Python", "12321", "кірік", ""]:
    print(repr(phrase), is_palindrome(phrase))

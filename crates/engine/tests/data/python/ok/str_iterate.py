# Жол бойынша цикл
word = "кітапхана"
for ch in word:
    print(ch, end=" ")
print()
for i, ch in enumerate(word):
    if ch == "а":
        print("а әрпі", i, "орында")
reversed_word = ""
for ch in word:
    reversed_word = ch + reversed_word
print(reversed_word)
print(list(reversed(word)) == list(word[::-1]))

# in операторы шартта
vowels = "аеиоуыэюя"
for letter in "кошка":
    if letter in vowels:
        print(letter, "гласная")
    elif letter not in "йъь":
        print(letter, "согласная")
days = ["сенбі", "жексенбі"]
day = "жексенбі"
if day in days:
    print(day, "- демалыс")

# Тексеру әдістері
for s in ["123", "12.5", "abc", "Абв", "", " ", "a1", "қ2", "-5"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace())
print("Hello World".istitle())
print("Сәлем Әлем".istitle(), "2024".isdigit() and len("2024") == 4)

# Дұрыс сан енгізілгенше сұрау
while True:
    text = input("Сан енгізіңіз: ")
    try:
        n = int(text)
        break
    except ValueError:
        print("Бұл сан емес:", text)
print("Рахмет! Квадраты:", n * n)

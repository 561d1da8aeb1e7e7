# Үшбұрыш бар ма және қандай?
tests = [(3, 4, 5), (2, 2, 2), (5, 5, 8), (1, 2, 3), (7, 10, 5)]
for a, b, c in tests:
    if a + b > c and a + c > b and b + c > a:
        if a == b == c:
            kind = "тең қабырғалы"
        elif a == b or b == c or a == c:
            kind = "тең бүйірлі"
        else:
            kind = "әртүрлі қабырғалы"
        if a * a + b * b == c * c:
            kind += ", тікбұрышты"
        print(a, b, c, kind)
    else:
        print(a, b, c, "үшбұрыш жоқ")

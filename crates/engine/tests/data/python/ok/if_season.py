# Ай нөмірі бойынша жыл мезгілі
for month in range(0, 14):
    if month in (12, 1, 2):
        season = "қыс"
    elif 3 <= month <= 5:
        season = "көктем"
    elif 6 <= month <= 8:
        season = "жаз"
    elif 9 <= month <= 11:
        season = "күз"
    else:
        season = "қате ай"
    print(month, season)

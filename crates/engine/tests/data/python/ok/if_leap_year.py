# Кібісе жыл
for year in [1900, 2000, 2023, 2024, 2100, 2400]:
    if year % 400 == 0 or (year % 4 == 0 and year % 100 != 0):
        print(year, "кібісе")
    else:
        print(year, "кібісе емес")

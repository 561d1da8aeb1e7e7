# Сөздік бойынша цикл
capitals = {"Қазақстан": "Астана", "Ресей": "Мәскеу", "Қырғызстан": "Бішкек"}
for country in capitals:
    print(country)
for city in capitals.values():
    print(city)
for country, city in capitals.items():
    print(f"{country} -> {city}")
print(list(capitals.keys()))
print(list(capitals.items())[0])
print(capitals.keys())
print(capitals.values())
print(capitals.items())

# Тізімде үтір жоқ
names = ["Аян" "Бек", "Сара"]
ages = [12 13, 14]
print(names, ages)

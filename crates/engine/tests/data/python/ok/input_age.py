# Жасын есептеу
name = input("Как тебя зовут? ")
year = int(input("Год рождения: "))
age = 2024 - year
print(name, "в 2024 году исполнится", age)
print(f"Через 10 лет {name} будет {age + 10}")

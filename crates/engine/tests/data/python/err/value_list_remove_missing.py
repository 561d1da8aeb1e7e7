# Тізімде жоқ элементті жою
fruits = ["алма", "шие"]
fruits.remove("алма")
print(fruits)
fruits.remove("банан")

# Аргумент артық
def hello(name):
    print("Сәлем,", name)

hello("Айжан")
hello("Айжан", "Бота")

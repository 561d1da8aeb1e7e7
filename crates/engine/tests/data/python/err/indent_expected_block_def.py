# Функция денесі жоқ
def empty_function():

print("соңы")

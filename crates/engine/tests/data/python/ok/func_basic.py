# Функция анықтау
def greet(name):
    print("Сәлем,", name)

def square(x):
    return x * x

greet("Арман")
greet("Мәдина")
print(square(7), square(-1.5))
print(square(square(3)))
result = greet("Ильяс")
print(result)

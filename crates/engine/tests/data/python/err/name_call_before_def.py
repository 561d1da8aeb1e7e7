# Функцияны анықтамай тұрып шақыру
print("Бастаймыз")
result = square(4)
def square(n):
    return n * n
print(result)

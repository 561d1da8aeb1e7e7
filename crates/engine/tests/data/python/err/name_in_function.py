# Функция ішінде анықталмаған атау
def area(w, h):
    return w * heigth

print(area(2, 3) if False else "алдымен")
print(area(2, 3))

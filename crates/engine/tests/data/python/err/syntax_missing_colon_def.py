# def жолында қос нүкте жоқ
print("бастау")

def greet(name)
    print("Сәлем,", name)

# Бірнеше except блогы
data = [10, "5", 0, [1], None]
for item in data:
    try:
        print(100 // item)
    except ZeroDivisionError:
        print("нөл")
    except TypeError as e:
        print("тип қатесі:", e)
items = [1, 2, 3]
for key in [1, 5, "a"]:
    try:
        print(items[key])
    except (IndexError, TypeError) as e:
        print(type(e), e)

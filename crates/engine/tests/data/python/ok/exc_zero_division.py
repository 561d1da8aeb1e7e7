# Нөлге бөлу
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        print("Нөлге бөлуге болмайды!")
        return None

print(safe_div(10, 4))
print(safe_div(1, 0))
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("Қате:", e)
try:
    print(5.0 // 0)
except ZeroDivisionError as e:
    print("Қате:", e)

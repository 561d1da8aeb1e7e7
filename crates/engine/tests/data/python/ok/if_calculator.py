# Қарапайым калькулятор
def calc(a, op, b):
    if op == "+":
        return a + b
    elif op == "-":
        return a - b
    elif op == "*":
        return a * b
    elif op == "/":
        if b == 0:
            return "нөлге бөлуге болмайды"
        return a / b
    else:
        return "белгісіз амал"

print(calc(8, "+", 2))
print(calc(8, "-", 12))
print(calc(8, "*", 2.5))
print(calc(8, "/", 3))
print(calc(8, "/", 0))
print(calc(8, "%", 3))

# Әдепкі мәндер және аталған аргументтер
def power(base, exp=2):
    return base ** exp

print(power(5))
print(power(2, 10))
print(power(exp=3, base=2))
def describe(name, age=10, city="Алматы"):
    print(f"{name}, {age} жас, {city}")
describe("Аружан")
describe("Ернар", 15)
describe("Самат", city="Тараз")
describe(age=12, name="Дилназ")

# Билет бағасы
def price(age, is_student):
    if age < 7:
        return 0
    elif age < 18 or is_student:
        return 500
    elif age >= 63:
        return 300
    return 1000

people = [("Әже", 70, False), ("Бала", 5, False), ("Студент", 20, True), ("Әке", 40, False), ("Оқушы", 12, False)]
total = 0
for who, age, student in people:
    p = price(age, student)
    total += p
    print(f"{who:<8} {age:>3} {p:>5}")
print("Барлығы:", total)

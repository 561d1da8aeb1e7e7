# Кірістірілген шақырулардағы қате
def check(age):
    if age < 0:
        raise ValueError("жас теріс: " + str(age))
    return age

def register(name, age):
    print("Тіркеу:", name)
    return check(age)

def main():
    register("Айым", 12)
    register("Бақыт", -1)

main()

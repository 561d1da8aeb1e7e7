# Қазақ әліпбиінің ерекше әріптері
special = "ӘҒҚҢӨҰҮҺІ"
print(special)
print(special.lower())
print(len(special))
for i, letter in enumerate(special, 1):
    print(i, letter, letter.lower(), ord(letter))
print(sorted("ұлқаә"))
print("Өскемен" > "Орал")

# Жол мен санды қосу
age = 13
print("Жасым: " + str(age))
print("Жасым: " + age)

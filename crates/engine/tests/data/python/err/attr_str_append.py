# Жолда append әдісі жоқ
name = "Сәуле"
print(name.upper())
name.append("!")

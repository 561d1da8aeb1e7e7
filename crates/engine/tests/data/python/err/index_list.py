# Тізім индексі шектен тыс
marks = [5, 4, 3]
for i in range(len(marks)):
    print(marks[i])
print(marks[3])

# Тізімнің статистикасы
marks = [5, 4, 3, 5, 5, 4, 2, 5]
print("Саны:", len(marks))
print("Қосынды:", sum(marks))
print("Орташа:", sum(marks) / len(marks))
print("Ең үлкен:", max(marks), "Ең кіші:", min(marks))
print("Бестер:", marks.count(5))
print("Орташа (2 таңба):", round(sum(marks) / len(marks), 2))
print(max([], default="бос"), min([3, 1], default=0))
print(max(["алма", "өрік", "банан"], key=len))
print(min([-7, 3, -2], key=abs))

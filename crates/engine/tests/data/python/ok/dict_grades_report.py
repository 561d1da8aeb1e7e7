# Оқушылардың бағалары
grades = {"Айдана": [5, 4, 5], "Бекзат": [3, 4, 4, 5], "Гаухар": [5, 5, 5], "Дархан": []}
for name, marks in grades.items():
    if marks:
        avg = sum(marks) / len(marks)
        print(f"{name:<8} {marks!s:<14} {avg:.2f}")
    else:
        print(f"{name:<8} бағасы жоқ")
best = max((n for n in grades if grades[n]), key=lambda n: sum(grades[n]) / len(grades[n]))
print("Үздік:", best)

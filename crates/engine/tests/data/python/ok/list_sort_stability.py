# Сұрыптаудың тұрақтылығы
pupils = [("Әлия", 5), ("Бауыржан", 4), ("Гүлім", 5), ("Дәулет", 3), ("Ерлан", 4), ("Жанар", 5)]
by_grade = sorted(pupils, key=lambda p: p[1])
for p in by_grade:
    print(p)
print()
by_grade_desc = sorted(pupils, key=lambda p: p[1], reverse=True)
for p in by_grade_desc:
    print(p)
print()
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))

# Олимпиада нәтижелерін сұрыптау
results = [
    ("Әлихан", 7, 250), ("Балжан", 9, 250), ("Ғалым", 8, 300),
    ("Дина", 7, 300), ("Еламан", 9, 180), ("Жұлдыз", 8, 250),
]
# Балл бойынша кему, тең болса сынып бойынша өсу
ranked = sorted(results, key=lambda r: (-r[2], r[1]))
place = 0
prev = None
for i, (name, grade, score) in enumerate(ranked, 1):
    if score != prev:
        place = i
        prev = score
    print(f"{place}. {name:<8} {grade} сынып {score}")
by_grade = sorted(results, key=lambda r: r[1])
print([r[0] for r in by_grade])

# Кесте шығару
pupils = [("Айгерім", 5, 4.8), ("Данияр", 12, 4.25), ("Ержан", 3, 3.5)]
print(f"{'Аты':<10}{'Сынып':>6}{'Балл':>8}")
print("-" * 24)
for name, grade, score in pupils:
    print(f"{name:<10}{grade:>6}{score:>8.2f}")
print("-" * 24)
total = sum(p[2] for p in pupils)
print(f"{'Орташа':<16}{total / len(pupils):>8.2f}")

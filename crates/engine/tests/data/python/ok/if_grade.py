# Балды бағаға аудару
def grade(score):
    if score >= 85:
        return 5
    elif score >= 70:
        return 4
    elif score >= 50:
        return 3
    else:
        return 2

for s in [100, 85, 84, 70, 69.5, 50, 49, 0]:
    print(s, "->", grade(s))

# Бірнеше жолды мәтін және форматтау
name = "Әлібек"
score = 87.456
report = f"""Оқушы: {name}
Балл: {score:.1f}
Нәтиже: {'өтті' if score >= 50 else 'өтпеді'}"""
print(report)
print(len(report.split("\n")))
template = "{} - {}"
for i, s in enumerate(["бір", "екі"]):
    print(template.format(i, s))

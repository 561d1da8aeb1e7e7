# Жолдармен амалдар
a = "Сәлем"
b = "досым"
print(a + ", " + b + "!")
print("ха" * 3)
print("-" * 20)
print(len(a))
print(3 * "ab" + "c")
print("=" * 0 + "|")
print(a[0], a[-1])
print("Қазақстан"[:3])

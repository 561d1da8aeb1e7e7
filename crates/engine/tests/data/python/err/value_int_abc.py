# Жолды санға айналдыру мүмкін емес
print(int("123"))
n = int("abc")
print(n)

# Санның индексі жоқ
n = 12345
digits = str(n)
print(digits[0])
print(n[0])

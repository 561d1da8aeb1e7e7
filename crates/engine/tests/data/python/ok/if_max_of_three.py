# Үш санның ең үлкені
a, b, c = 12, 45, 7
if a >= b and a >= c:
    biggest = a
elif b >= a and b >= c:
    biggest = b
else:
    biggest = c
print("Ең үлкені:", biggest)
print(max(a, b, c) == biggest)

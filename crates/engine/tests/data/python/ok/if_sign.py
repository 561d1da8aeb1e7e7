# Санның таңбасы
def sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0

print(sign(10), sign(-2.5), sign(0), sign(-0.0))
знак = "плюс" if sign(7) > 0 else "минус"
print(знак)

# Сызықтық теңдеу ax + b = 0
def solve(a, b):
    if a == 0:
        if b == 0:
            return "шешімі шексіз көп"
        return "шешімі жоқ"
    return -b / a

print(solve(2, -4))
print(solve(3, 1))
print(solve(0, 0))
print(solve(0, 5))
print(solve(-4, 0))

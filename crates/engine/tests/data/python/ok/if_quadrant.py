# Нүктенің ширегі
points = [(1, 2), (-3, 4), (-1, -1), (5, -2), (0, 3), (0, 0)]
for x, y in points:
    if x > 0 and y > 0:
        q = "I"
    elif x < 0 and y > 0:
        q = "II"
    elif x < 0 and y < 0:
        q = "III"
    elif x > 0 and y < 0:
        q = "IV"
    else:
        q = "осьте"
    print((x, y), q)

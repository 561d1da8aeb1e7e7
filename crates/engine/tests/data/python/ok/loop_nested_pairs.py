# Кірістірілген циклдар: жұптар
count = 0
for a in range(1, 5):
    for b in range(a, 5):
        print((a, b), end=" ")
        count += 1
print()
print("Жұптар саны:", count)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)

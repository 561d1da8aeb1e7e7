# Үш бағаның орташасы
x = int(input("1-баға: "))
y = int(input("2-баға: "))
z = int(input("3-баға: "))
avg = (x + y + z) / 3
print()
print("Орташа:", avg)
print("Дөңгелектенген:", round(avg, 2))
print(f"Орташа: {avg:.3f}")

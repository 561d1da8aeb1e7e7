# Көбейту кестесі
for i in range(1, 10):
    for j in range(1, 10):
        print(f"{i * j:3}", end="")
    print()

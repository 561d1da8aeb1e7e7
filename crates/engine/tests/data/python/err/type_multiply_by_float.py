# Жолды нақты санға көбейтуге болмайды
line = "-" * 10
print(line)
half = len(line) / 2
print("=" * half)

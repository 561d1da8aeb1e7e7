# Жолды біртіндеп құру
s = ""
for i in range(1, 6):
    s += str(i)
    print(s)
line = ""
for i in range(5):
    line = line + "*" * (i + 1) + " "
print(line.rstrip())
codes = [ord(c) for c in "ABC"]
print(codes)

# index және count
colors = ["қызыл", "жасыл", "көк", "жасыл", "сары", "жасыл"]
print(colors.index("жасыл"))
print(colors.index("жасыл", 2))
print(colors.count("жасыл"), colors.count("ақ"))
print("көк" in colors, "ақ" not in colors)
pos = []
for i, c in enumerate(colors):
    if c == "жасыл":
        pos.append(i)
print(pos)

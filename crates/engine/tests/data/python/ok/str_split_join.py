# split және join
line = "алма,алмұрт,шие,,өрік"
parts = line.split(",")
print(parts)
print(len(parts))
print(" ".join(parts))
print("-".join(["2024", "05", "09"]))
print("a b  c   d".split())
print("a b  c   d".split(" "))
print("1;2;3;4".split(";", 2))
print("".join(["x", "y", "z"]))
print(", ".join(str(n) for n in range(5)))
print("жол1\nжол2\nжол3".split("\n"))
print("  бос  орындар  ".split())

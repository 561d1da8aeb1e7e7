# Іздеу: find, index, count, in
s = "банан және ананас"
print(s.find("ан"))
print(s.find("ан", 3))
print(s.rfind("ан"))
print(s.find("киви"))
print(s.index("және"))
print(s.count("ан"))
print(s.count("а"))
print(s.count(""))
print("нан" in s, "алма" in s)
print(s.startswith("бан"), s.endswith("нас"))
print(s.startswith(("киви", "банан")))

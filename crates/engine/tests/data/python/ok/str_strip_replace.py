# strip және replace
s = "   сәлем   "
print("[" + s.strip() + "]")
print("[" + s.lstrip() + "]")
print("[" + s.rstrip() + "]")
print("xxабвxx".strip("x"))
print("...!hello!...".strip(".!"))
t = "мама мыла раму"
print(t.replace("м", "М"))
print(t.replace("ма", "па", 1))
print(t.replace(" ", ""))
print("aaaa".replace("aa", "b"))
print("abc".replace("", "-"))

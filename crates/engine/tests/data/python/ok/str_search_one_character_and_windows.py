# Searches for one character and for longer texts, in ASCII and in Kazakh
# and Russian text, with start and end (negative too): positions are
# characters, not bytes.
texts = ["a,b,,c,", "Қазақстан, Алматы, Астана", "жол-жол-жол", "", "x"]
for text in texts:
    for needle in [",", "а", "жол", "", "ст", "x", "ә"]:
        print(repr(text), repr(needle),
              text.find(needle), text.rfind(needle), text.count(needle),
              text.find(needle, 2), text.find(needle, -5, -1), text.count(needle, 1, -1),
              text.replace(needle, "<>") if needle else text.replace(needle, "|", 3),
              text.split(needle) if needle else text.split())
print("Қазақстан".index("а", 2), "Қазақстан".rindex("а"), "қ" in "Қазақ", "ақ" in "Қазақ")
print("a-b-c-d".split("-", 2), "a-b-c-d".rsplit("-", 1), "a-b-c-d".replace("-", "", 2))
print("ааа".count("а"), "ааа".replace("а", "аа"), "ааа".find("а", 10), "abc".find("c", -1))
try:
    "abc".index("z")
except ValueError as error:
    print("ValueError:", error)

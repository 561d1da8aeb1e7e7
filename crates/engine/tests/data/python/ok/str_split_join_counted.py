# Splitting on one ASCII character and joining: the pieces and the joined
# text, with maxsplit, empty pieces at either end and between two
# separators, in ASCII, Kazakh and Russian text; every result's character
# count checked through len, indexing and slicing.
def show(pieces):
    print(pieces, [len(piece) for piece in pieces], [piece[-1:] for piece in pieces])


for text in ["a,b,c", ",a,,b,", ",", "", "abc", "a,b,c,", ",,,"]:
    for max_split in [-1, 0, 1, 2, 5]:
        show(text.split(",", max_split))
    show(text.split(","))
    show(text.rsplit(",", 1))

for text in ["сәлем әлем қалай", " қазақ  тілі ", "привет, мир", "ө", "a ө b ү"]:
    pieces = text.split(" ")
    show(pieces)
    show(text.split(" ", 1))
    show(text.split("ә"))
    show(text.split(", "))
    joined = "-".join(pieces)
    print(joined, len(joined), joined[-1:], joined[1:4], joined == text.replace(" ", "-"))

words = ["w" + str(i % 7) + "x" for i in range(50)]
line = " ".join(words)
parts = line.split(" ")
print(len(line), parts == words, len(parts), parts[7], parts[-1].upper(), len(parts[13]))

for separator in ["", " ", ", ", "ө", "—", "және"]:
    for items in [[], ["a"], ["сәлем"], ["a", "b"], ["қазақ", "", "тілі"], ["x" * 20, "ү" * 10]]:
        joined = separator.join(items)
        print(repr(joined), len(joined), joined[-2:], joined[::-1][:3])

print(", ".join(("tuple", "of", "strs")), "+".join("abc"), "".join(str(n) for n in range(12)))
print(len("ү".join(["ө"] * 1000)), "ү".join(["ө"] * 1000)[999:1002])

try:
    " ".join(["a", "b", 3, "d"])
except TypeError as error:
    print("TypeError:", error)
try:
    "-".join(["ok", None])
except TypeError as error:
    print("TypeError:", error)
try:
    "a,b".split("")
except ValueError as error:
    print("ValueError:", error)

word = "сәлем"
data = word.encode()
print(len(word), len(data), data, str(data), repr("it's".encode()), "tab\there\n".encode())
print(data[0], data[-1], data[:2], list("hi".encode()), [b for b in "AZ".encode("ascii")])
print(data.decode(), data.decode("utf-8") == word, "abc".encode() == "abc".encode(), "a".encode() == "a")
print(hash("abc".encode()) == hash("abc"), {"x".encode(): 1}, "é".encode("latin-1"), "é".encode("utf8"))
for text in ["hello", "Сәлем, әлем!", "🙂"]:
    print(text, len(text), len(text.encode("utf-8")))
try:
    "сәлем".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    bytes([255]) if False else "a".encode()[5]
except IndexError as e:
    print(e)
try:
    data[:3].decode()
except UnicodeDecodeError as e:
    print(e)
print(bool("".encode()), bool("x".encode()), isinstance(ValueError(), UnicodeError))

# Таңба кодтары
for ch in "Aa0Әә":
    print(ch, ord(ch))
print(chr(65), chr(97), chr(1170), chr(1241), chr(8364))
print("".join(chr(ord("a") + i) for i in range(26)))
print(ord("Б") - ord("А"))
print(chr(ord("z") - 25))

# Цезарь шифры (латын әріптері)
def encrypt(text, shift):
    result = ""
    for ch in text:
        if "a" <= ch <= "z":
            result += chr((ord(ch) - ord("a") + shift) % 26 + ord("a"))
        elif "A" <= ch <= "Z":
            result += chr((ord(ch) - ord("A") + shift) % 26 + ord("A"))
        else:
            result += ch
    return result

secret = encrypt("Hello, World! xyz", 3)
print(secret)
print(encrypt(secret, -3))
print(encrypt("abc", 29))

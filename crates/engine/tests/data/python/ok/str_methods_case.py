# Регистрды өзгерту
s = "сәлем, Python Әлемі!"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("ЖАЗ".isupper(), "жаз".islower(), "Жаз".istitle())
print("ҚАЗАҚ ТІЛІ".lower(), "қазақ тілі".upper())

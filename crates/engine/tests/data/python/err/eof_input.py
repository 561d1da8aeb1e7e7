# Енгізілген жолдар жетпейді
a = int(input("a = "))
b = int(input("b = "))
c = int(input("c = "))
print(a + b + c)

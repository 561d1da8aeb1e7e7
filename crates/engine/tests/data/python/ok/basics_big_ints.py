# Python-да бүтін сандардың шегі жоқ
print(2 ** 100)
print(2 ** 64 - 1)
print(10 ** 30 + 1)
print(-(3 ** 50))
x = 12345678901234567890
print(x * x)
print(x // 7, x % 7)
print(len(str(2 ** 1000)))
print(2 ** 100 // 3 ** 20)
print(-(2 ** 70) // 3)
print(7 ** 77 % 1000)

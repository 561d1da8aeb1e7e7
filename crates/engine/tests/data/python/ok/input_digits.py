# Үш таңбалы санның цифрлары
n = int(input())
a = n // 100
b = n // 10 % 10
c = n % 10
print(a, b, c)
print("Қосынды:", a + b + c)
print("Көбейтінді:", a * b * c)
print("Кері сан:", c * 100 + b * 10 + a)

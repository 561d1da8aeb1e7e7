# Туралау: center, ljust, rjust, zfill
print("|" + "орта".center(12) + "|")
print("|" + "сол".ljust(8, ".") + "|")
print("|" + "оң".rjust(8, ".") + "|")
print("42".zfill(5), "-42".zfill(5))
print("abc".center(8, "*"))
print("abcd".center(9, "*"))
for n in [1, 22, 333]:
    print(str(n).rjust(5))

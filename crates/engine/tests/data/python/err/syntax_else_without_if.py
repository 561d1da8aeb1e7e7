# if жоқ else
x = 1
print(x)
else:
    print("жоқ")

# del, pass және assert
x = 10
y = 20
del x
try:
    print(x)
except NameError:
    print("x жойылды, y =", y)
for i in range(3):
    pass
print("цикл бос өтті, i =", i)
def todo():
    pass
print(todo())
assert y == 20, "y 20 болуы керек"
assert isinstance(y, int)
print("тексерулер өтті")
if y > 0:
    pass
else:
    print("шықпайды")
items = [1, 2, 3]
del items[1], items[0]
print(items)

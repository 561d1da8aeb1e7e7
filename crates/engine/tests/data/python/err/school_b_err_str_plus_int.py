# TypeError: str + int
age = 14
print("age:", age)
name = "Ali"
print(name.upper())
message = "Next year " + name + " will be " + age + 1
print(message)

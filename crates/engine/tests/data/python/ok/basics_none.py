# None мәні
x = None
print(x)
print(x is None)
print(print("ішкі"))
result = print()
print(result)
print([None, None])
print({"жоқ": None})
print(None == 0, None == False, not None)

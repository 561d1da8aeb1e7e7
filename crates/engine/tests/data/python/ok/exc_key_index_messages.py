# Қате хабарламалары
d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("KeyError:", e, repr(str(e)))
try:
    [1, 2, 3][10]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    "5" + 3
except TypeError as e:
    print("TypeError:", e)
try:
    undefined_name
except NameError as e:
    print("NameError:", e)

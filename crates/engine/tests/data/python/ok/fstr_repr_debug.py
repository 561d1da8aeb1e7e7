# !r және = белгісі
name = "Айбек"
items = ["it's", 'say "hi"']
x = 10
print(f"{name!r}")
print(f"{name}")
print(f"{items}")
print(f"{items!r}")
print(f"{x=}")
print(f"{name=}")
print(f"{x * 3 + 1=}")
print(f"{x = }")
print(f"{name!r:>12}|")
print(f"{3.0=}")
print(f"{name=!s}")

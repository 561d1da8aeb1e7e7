# Есептеу реті: солдан оңға
def show(x):
    print("есептелді", x)
    return x

print(show(1) + show(2) * show(3))
result = [show("a"), show("b")]
print(result)
print(show(0) and show("шықпайды"))
print(show(5) or show("шықпайды"))
d = {show("k"): show("v")}
print(d)
print(show(1) < show(2) < show(0) < show("шықпайды"))
show("x") if show(False) else show("y")

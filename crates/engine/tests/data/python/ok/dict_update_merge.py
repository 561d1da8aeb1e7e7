# update және біріктіру
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
a.update(b)
print(a)
a.update(w=0)
print(a)
c = {**b, "q": 9}
print(c)
print({**a, "x": -1})
d = dict(a)
d["x"] = 100
print(a["x"], d["x"])
print(a == {"w": 0, "z": 30, "y": 20, "x": 1})

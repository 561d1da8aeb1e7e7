# append, extend, insert
fruits = ["алма"]
fruits.append("банан")
print(fruits)
fruits.extend(["шие", "өрік"])
print(fruits)
fruits.insert(0, "киви")
fruits.insert(2, "анар")
fruits.insert(100, "соңы")
fruits.insert(-1, "алдында")
print(fruits)
fruits.append(["ішкі", "тізім"])
print(fruits)
print(len(fruits))
a = [1, 2]
a.extend("аб")
a.extend(range(3))
print(a)

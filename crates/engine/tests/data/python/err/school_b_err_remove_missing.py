# ValueError: list.remove of a missing item
fruits = ["apple", "pear", "plum"]
fruits.remove("pear")
print(fruits)
print(len(fruits))
fruits.remove("banana")
print(fruits)

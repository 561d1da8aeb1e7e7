# TypeError: yield from a value that is not iterable
def walk(node):
    yield node["name"]
    for child in node["children"]:
        yield from walk(child)
tree = {"name": "root", "children": [{"name": "a", "children": []}, {"name": "b", "children": None}]}
for name in walk(tree):
    print(name)

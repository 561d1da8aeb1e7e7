# yield from in recursive generators: tree walks
tree = {"root": ["a", "b"], "a": ["c", "d"], "b": ["e"], "c": [], "d": ["f"], "e": [], "f": []}
def preorder(node):
    yield node
    for child in tree[node]:
        yield from preorder(child)
def postorder(node):
    for child in tree[node]:
        yield from postorder(child)
    yield node
def with_depth(node, depth=0):
    yield node, depth
    for child in tree[node]:
        yield from with_depth(child, depth + 1)
print(list(preorder("root")))
print(list(postorder("root")))
for name, d in with_depth("root"):
    print("  " * d + name)
def leaves(node):
    if not tree[node]:
        yield node
    else:
        for child in tree[node]:
            yield from leaves(child)
print(list(leaves("root")), list(leaves("b")))
bst = (8, (3, (1, None, None), (6, (4, None, None), (7, None, None))), (10, None, (14, (13, None, None), None)))
def inorder(t):
    if t is None:
        return
    value, left, right = t
    yield from inorder(left)
    yield value
    yield from inorder(right)
print(list(inorder(bst)))
def paths(node, path=()):
    path = path + (node,)
    if not tree[node]:
        yield "/".join(path)
    for child in tree[node]:
        yield from paths(child, path)
for p in paths("root"):
    print(p)

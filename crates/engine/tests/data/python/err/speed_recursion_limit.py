# Endless recursion of a plain function stops with RecursionError.
def down(n):
    return down(n + 1)


print(down(0))

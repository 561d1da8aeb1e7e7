# Салыстыру және тізбекті салыстыру
x = 5
print(1 < x < 10)
print(1 < x > 10)
print(x == 5 == 5.0)
print(3 != 3.0)
print(1 < 2 < 3 < 4 < 3)
print("abc" < "abd", "Z" < "a", "алма" < "өрік")
print([1, 2, 3] < [1, 3])
print((1, 2) == (1, 2), (1, 2) < (1, 2, 0))
print(None is None, x is not None)
print(2 in [1, 2, 3], "б" not in "абв")

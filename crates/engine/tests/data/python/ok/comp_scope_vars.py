# Генератор айнымалысы сыртқа шықпайды
x = "сыртқы"
squares = [x * x for x in range(4)]
print(x, squares)
n = 3
grid = [[n * r + c for c in range(n)] for r in range(n)]
print(grid)
funcs = [lambda v, k=k: v + k for k in range(3)]
print([f(10) for f in funcs])

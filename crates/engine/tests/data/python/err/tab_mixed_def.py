# Бір блокта табуляция мен бос орын
def f():
	x = 1
        return x

print(f())

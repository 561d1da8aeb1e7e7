# Табуляция мен бос орындар аралас
for i in range(3):
        print(i)
	print(i * i)

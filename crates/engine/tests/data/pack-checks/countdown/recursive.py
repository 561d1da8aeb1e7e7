def down(n):
    if n > 0:
        print(n)
        down(n - 1)

down(int(input("From? ")))
print("Go!")

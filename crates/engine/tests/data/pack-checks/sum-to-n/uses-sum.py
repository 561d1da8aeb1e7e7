n = int(input("How many? "))
print(sum(range(n + 1)))

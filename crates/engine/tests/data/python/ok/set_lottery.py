# Екі оқушының ортақ сандары
first = {5, 12, 19, 23, 31, 40}
second = {3, 12, 23, 27, 40, 44}
common = first & second
print("Ортақ:", sorted(common), len(common))
only_first = first - second
print("Тек біріншіде:", sorted(only_first))
print("Барлығы:", len(first | second))
print({n % 5 for n in first})

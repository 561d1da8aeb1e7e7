# Тізімді жазықтау және сүзу
nested = [[1, 2, 3], [], [4, 5], [6], [7, 8, 9, 10]]
flat = [x for sub in nested for x in sub]
print(flat)
print([x for sub in nested if len(sub) > 1 for x in sub if x % 2])
print([[x * 10 for x in sub] for sub in nested])
print([sub for sub in nested if sub])

# Айнымалы атауы функцияны жауып қалды
sum = 0
for i in range(5):
    sum += i
print(sum)
print(sum([1, 2, 3]))

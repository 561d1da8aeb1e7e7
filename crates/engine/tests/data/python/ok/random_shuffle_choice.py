# shuffle және choice
import random
random.seed(2024)
cards = list(range(1, 11))
random.shuffle(cards)
print(len(cards), sorted(cards) == list(range(1, 11)), sum(cards))
names = ["Аян", "Бек", "Сара"]
winner = random.choice(names)
print(winner in names)
rolls = [random.randint(1, 6) for _ in range(100)]
print(len(rolls), min(rolls) >= 1, max(rolls) <= 6)

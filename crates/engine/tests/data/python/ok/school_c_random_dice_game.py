# dice game simulated with random.seed: only invariants are printed
import random
random.seed(42)
rolls = [random.randint(1, 6) for _ in range(600)]
print(len(rolls), all(1 <= r <= 6 for r in rolls), min(rolls) >= 1, max(rolls) <= 6)
counts = [rolls.count(face) for face in range(1, 7)]
print(sum(counts))
players = ["Ali", "Bota", "Chingiz"]
score = {p: 0 for p in players}
turns = 0
while max(score.values()) < 30:
    for p in players:
        score[p] += random.randint(1, 6)
        turns += 1
        if score[p] >= 30:
            break
winner = [p for p in players if score[p] >= 30]
print(len(winner), winner[0] in players, turns % 1 == 0, all(v >= 0 for v in score.values()))
random.seed(7)
a = [random.random() for _ in range(5)]
random.seed(7)
b = [random.random() for _ in range(5)]
print(a == b, all(0 <= x < 1 for x in a))
coin = [random.choice("HT") for _ in range(100)]
print(coin.count("H") + coin.count("T"), set(coin) <= {"H", "T"})
deck = list(range(1, 53))
random.shuffle(deck)
print(len(deck), sorted(deck) == list(range(1, 53)), sum(deck))
hand = random.sample(deck, 5)
print(len(hand), len(set(hand)), all(c in deck for c in hand))
r = random.randrange(10, 20, 2)
print(r in range(10, 20, 2), isinstance(random.uniform(1, 2), float))

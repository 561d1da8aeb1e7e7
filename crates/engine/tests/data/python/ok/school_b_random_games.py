# Seeded random games (exact values)
import random
random.seed(123)
dice = [random.randint(1, 6) for _ in range(20)]
print(dice)
print({face: dice.count(face) for face in range(1, 7)})
random.seed(7)
names = ["Ali", "Dana", "Bek", "Aru", "Omar", "Zara"]
random.shuffle(names)
print("teams:", names[:3], names[3:])
print("captain:", random.choice(names))
random.seed(99)
print("lottery:", sorted(random.sample(range(1, 50), 6)))
print("coin:", "".join(random.choice("HT") for _ in range(16)))
print("temps:", [round(random.uniform(-5, 25), 1) for _ in range(5)])
print("grades:", random.choices([5, 4, 3, 2], weights=[3, 4, 2, 1], k=10))
random.seed(2024)
heights = [round(random.gauss(160, 8), 2) for _ in range(5)]
print("heights:", heights)
print("mean:", round(sum(heights) / len(heights), 3))
random.seed(0)
print([random.randrange(10) for _ in range(10)], random.randrange(5, 50, 5))
print(random.random(), random.random())
secret = random.randint(1, 50)
lo, hi, tries = 1, 50, 0
while True:
    tries += 1
    guess = (lo + hi) // 2
    if guess == secret:
        break
    if guess < secret:
        lo = guess + 1
    else:
        hi = guess - 1
print("secret", secret, "found in", tries)

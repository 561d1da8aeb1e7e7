# Кездейсоқ сандар: мәндері емес, қасиеттері тексеріледі
import random
random.seed(42)
ok = True
for _ in range(1000):
    x = random.randint(1, 6)
    if not 1 <= x <= 6:
        ok = False
print("Барлығы 1..6 аралығында:", ok)
r = random.random()
print(0 <= r < 1)
u = random.uniform(2.5, 3.5)
print(2.5 <= u <= 3.5)
print(random.randrange(0, 10, 2) % 2 == 0)

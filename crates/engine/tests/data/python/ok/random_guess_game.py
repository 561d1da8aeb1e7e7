# Сан табу ойыны (екілік іздеумен ойнайды)
import random
random.seed(7)
secret = random.randint(1, 100)
lo, hi = 1, 100
tries = 0
while True:
    guess = (lo + hi) // 2
    tries += 1
    if guess == secret:
        break
    elif guess < secret:
        lo = guess + 1
    else:
        hi = guess - 1
print("Табылды:", guess == secret)
print("7 әрекеттен аспады:", tries <= 7)

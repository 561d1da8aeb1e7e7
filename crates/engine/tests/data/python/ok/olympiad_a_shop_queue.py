# Queue at a shop: customers arrive, two cashiers serve them; list with a head index.
customers = [
    ("Ali", 0, 4), ("Bota", 1, 3), ("Cholpan", 2, 6), ("Dias", 3, 2),
    ("Erke", 5, 5), ("Farida", 6, 1), ("Galym", 6, 3), ("Hadiya", 12, 2),
]
queue = []
head = 0
cashiers = [None, None]
busy_until = [0, 0]
served = []
waits = {}
nxt = 0
t = 0
while len(served) < len(customers):
    while nxt < len(customers) and customers[nxt][1] == t:
        queue.append(customers[nxt])
        print(f"t={t:>2}: {customers[nxt][0]} joins, queue length {len(queue) - head}")
        nxt += 1
    for k in range(2):
        if cashiers[k] is not None and busy_until[k] == t:
            print(f"t={t:>2}: cashier {k + 1} finished {cashiers[k]}")
            served.append(cashiers[k])
            cashiers[k] = None
        if cashiers[k] is None and head < len(queue):
            name, arrived, need = queue[head]
            head += 1
            cashiers[k] = name
            busy_until[k] = t + need
            waits[name] = t - arrived
            print(f"t={t:>2}: cashier {k + 1} takes {name} (waited {t - arrived}) until {t + need}")
    t += 1
print("finished at", t - 1)
print("order served:", served)
total = sum(waits.values())
print(f"average wait {total / len(waits):.2f}, max wait {max(waits.values())}")
for name in sorted(waits, key=lambda n: (-waits[n], n)):
    print(f"{name:<8}{waits[name]:>3} {'*' * waits[name]}")

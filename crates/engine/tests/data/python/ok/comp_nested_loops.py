# Кірістірілген циклдар генераторда
pairs = [(x, y) for x in range(1, 4) for y in range(1, 4) if x != y]
print(pairs)
table = [[i * j for j in range(1, 6)] for i in range(1, 6)]
for row in table:
    print(row)
flat = [x for row in table for x in row if x % 4 == 0]
print(flat)
print([a + b for a in "аб" for b in "вг"])

# round-robin tournament schedule and standings table
from itertools import combinations
teams = ["Lions", "Tigers", "Bears", "Wolves", "Eagles", "Sharks"]
n = len(teams)
rot = teams[1:]
for rnd in range(n - 1):
    order = [teams[0]] + rot
    pairs = [(order[i], order[n - 1 - i]) for i in range(n // 2)]
    print(f"Round {rnd + 1}: " + ", ".join(f"{a}-{b}" for a, b in pairs))
    rot = rot[-1:] + rot[:-1]
table = {t: [0, 0, 0, 0, 0] for t in teams}
for i, (a, b) in enumerate(combinations(teams, 2)):
    ga, gb = (i * 7) % 4, (i * 3) % 3
    for t, gf, ga_ in ((a, ga, gb), (b, gb, ga)):
        row = table[t]
        row[3] += gf
        row[4] += ga_
        if gf > ga_:
            row[0] += 1
        elif gf == ga_:
            row[1] += 1
        else:
            row[2] += 1
def points(t):
    w, d, l, gf, ga = table[t]
    return 3 * w + d
standings = sorted(teams, key=lambda t: (-points(t), -(table[t][3] - table[t][4]), t))
print(f"{'#':>2} {'Team':<8} W  D  L  GF:GA  Pts")
for pos, t in enumerate(standings, 1):
    w, d, l, gf, ga = table[t]
    print(f"{pos:>2} {t:<8} {w}  {d}  {l}  {gf:>2}:{ga:<2}  {points(t):>3}")
print("games:", len(list(combinations(teams, 2))))

# Olympiad results table: f-strings and % formatting with widths, zeros and decimals.
results = [
    ("Aidana", "Almaty", [7, 7, 5, 0, 3]),
    ("Bekzat", "Astana", [7, 4, 7, 2, 0]),
    ("Zhanel", "Shymkent", [7, 7, 7, 7, 1]),
    ("Timur", "Aktobe", [0, 3, 2, 0, 0]),
    ("Meruert", "Almaty", [5, 6, 4, 7, 7]),
    ("Nursultan", "Oral", [7, 1, 0, 4, 2]),
]
rows = sorted(results, key=lambda r: (-sum(r[2]), r[0]))
header = f"{'#':>3} {'Name':<10}{'City':<10}" + "".join(f"{'P' + str(i + 1):>4}" for i in range(5)) + f"{'Sum':>5}{'Avg':>7}"
print(header)
print("=" * len(header))
for place, (name, city, pts) in enumerate(rows, 1):
    total = sum(pts)
    print(f"{place:>3} {name:<10}{city:<10}" + "".join(f"{p:>4}" for p in pts) + f"{total:>5}{total / 5:>7.2f}")
print("=" * len(header))
avg = [sum(r[2][i] for r in results) / len(results) for i in range(5)]
print(f"{'':>3} {'average':<20}" + "".join(f"{a:>4.1f}" for a in avg))
print()
for place, (name, city, pts) in enumerate(rows, 1):
    code = f"{place:03d}-{sum(pts):05d}"
    print("%-10s|%8s|%6.1f%%|%s|%x" % (name, city, 100 * sum(pts) / 35, code, sum(pts)))
cities = {}
for name, city, pts in results:
    cities.setdefault(city, []).append(sum(pts))
for city in sorted(cities, key=lambda c: (-max(cities[c]), c)):
    print(f"{city:.<12}{max(cities[city]):.>4}  n={len(cities[city])}")
print(f"{3.14159:8.3f}|{-2.5:+.1f}|{42:+d}|{7:b}|{255:#x}|{1234567:,}|{0.125:.1%}|{12:^6}|")
print("%5d|%-5d|%05.1f|%s|%r" % (42, 42, 3.14159, "ok", "ok"))
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{'fill':*^9}|")

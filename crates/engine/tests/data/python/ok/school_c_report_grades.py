# formatted report of pupils' grades
pupils = {
    "Aidana Sultanova": [5, 4, 5, 5, 3],
    "Berik Omarov": [3, 3, 4, 2, 4],
    "Dinara Akhmetova": [5, 5, 5, 5, 5],
    "Yerlan Kim": [4, 4, 3, 5, 4],
}
subjects = ["Math", "Phys", "Chem", "Bio", "Hist"]
width = max(map(len, pupils)) + 2
header = "Name".ljust(width) + "".join(s.center(6) for s in subjects) + "  Avg"
print(header)
print("=" * len(header))
for name, marks in sorted(pupils.items(), key=lambda kv: -sum(kv[1])):
    avg = sum(marks) / len(marks)
    line = name.ljust(width) + "".join(str(m).center(6) for m in marks)
    print(f"{line}{avg:5.2f}")
print("-" * len(header))
col_avg = [sum(col) / len(col) for col in zip(*pupils.values())]
print("Average".ljust(width) + "".join(f"{a:^6.1f}" for a in col_avg))
best_subject = subjects[col_avg.index(max(col_avg))]
print(f"Best subject: {best_subject!s:>8} | worst: {subjects[col_avg.index(min(col_avg))]:<6}|")
excellent = [n.split()[0] for n, m in pupils.items() if min(m) == 5]
print("Excellent:", ", ".join(excellent) or "none")
for name, marks in pupils.items():
    pct = 100 * sum(marks) / (5 * len(marks))
    bar = "#" * round(pct / 10)
    print(f"{name.split()[1]:<12}|{bar:<10}| {pct:6.2f}% {pct / 100:.1%}")
print(f"{'total':*^20}")
print(f"{sum(map(sum, pupils.values())):+08d} {3.14159:e} {1234567.891:,.2f} {0.000123:g}")

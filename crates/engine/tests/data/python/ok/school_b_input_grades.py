# Read names and marks from input, print a report
n = int(input("How many pupils? "))
pupils = []
for i in range(n):
    line = input()
    name, *marks = line.split()
    marks = [int(m) for m in marks]
    pupils.append((name, marks))
print()
print(f"{'Name':<8}{'Avg':>6}{'Best':>6}")
print("-" * 20)
for name, marks in pupils:
    avg = sum(marks) / len(marks)
    print(f"{name:<8}{avg:>6.2f}{max(marks):>6}")
best = max(pupils, key=lambda p: sum(p[1]) / len(p[1]))
print("Top:", best[0])
all_marks = [m for _, ms in pupils for m in ms]
print("Overall: {:.1%} fives".format(all_marks.count(5) / len(all_marks)))
dist = {}
for m in all_marks:
    dist[m] = dist.get(m, 0) + 1
for mark in sorted(dist, reverse=True):
    print(mark, "#" * dist[mark])
rest = input("Comment: ").strip()
print(repr(rest), rest.title())
try:
    input()
except EOFError:
    print("no more input")

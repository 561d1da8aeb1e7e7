# generator pipelines: read, filter, transform, summarise
lines = """\
# marks of the olympiad
Aliya 87
Bauyrzhan 92

Dias 45
Ermek abc
Farida 78
Gaukhar 100""".splitlines()
def non_empty(src):
    for line in src:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line
def parse(src):
    bad = 0
    for line in src:
        name, _, mark = line.partition(" ")
        if mark.isdigit():
            yield name, int(mark)
        else:
            bad += 1
            print("skip:", line)
    return bad
def passed(src, limit):
    for name, mark in src:
        if mark >= limit:
            yield name, mark
for name, mark in passed(parse(non_empty(lines)), 60):
    print(f"{name:<10}{mark:>4}")
g = parse(non_empty(lines))
results = []
while True:
    try:
        results.append(next(g))
    except StopIteration as e:
        print("bad lines:", e.value)
        break
print(results)
def running_avg(src):
    total = count = 0
    for _, mark in src:
        total += mark
        count += 1
        yield round(total / count, 2)
print(list(running_avg(results)))
def numbered(src, start=1):
    n = start
    for item in src:
        yield n, item
        n += 1
print(list(numbered(name for name, _ in results)))
print(sum(m for _, m in results), max(results, key=lambda r: r[1]))

# scheduling problems without dates: lessons, rooms, deadlines
lessons = [("Math", 9, 11), ("Physics", 10, 12), ("Art", 11, 13), ("Music", 12, 14), ("PE", 13, 15), ("Chess", 9, 10)]
chosen = []
end = 0
for name, s, e in sorted(lessons, key=lambda x: x[2]):
    if s >= end:
        chosen.append(name)
        end = e
print("max lessons:", len(chosen), chosen)
events = []
for _, s, e in lessons:
    events.append((s, 1))
    events.append((e, -1))
cur = best = 0
for t, d in sorted(events):
    cur += d
    best = max(best, cur)
print("rooms needed:", best)
def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
print(merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 12)]))
jobs = [("a", 2, 100), ("b", 1, 19), ("c", 2, 27), ("d", 1, 25), ("e", 3, 15)]
slots = [None] * 3
profit = 0
for name, deadline, gain in sorted(jobs, key=lambda j: -j[2]):
    for t in range(min(deadline, 3) - 1, -1, -1):
        if slots[t] is None:
            slots[t] = name
            profit += gain
            break
print("jobs:", slots, "profit:", profit)
tasks = [("essay", 3), ("project", 5), ("test prep", 2), ("reading", 1)]
t = 0
total_wait = 0
for name, dur in sorted(tasks, key=lambda x: x[1]):
    t += dur
    total_wait += t
    print(f"{name:<10} done at {t:>2}")
print("average finish:", total_wait / len(tasks))
free = []
busy = merge([(9, 10), (12, 13), (10, 11), (15, 16)])
start = 8
for s, e in busy:
    if s > start:
        free.append((start, s))
    start = max(start, e)
if start < 18:
    free.append((start, 18))
print("free:", free)

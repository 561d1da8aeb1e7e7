# sorting and grouping namedtuples
from collections import namedtuple

Result = namedtuple("Result", "name score time")
results = [
    Result("ann", 90, 31.5),
    Result("bob", 75, 20.0),
    Result("cid", 90, 28.25),
    Result("dee", 60, 40.0),
    Result("eve", 75, 19.5),
]

print("by default tuple order:")
for r in sorted(results):
    print(" ", r)

print("by score desc, time asc:")
for r in sorted(results, key=lambda r: (-r.score, r.time)):
    print(f"  {r.name:5}{r.score:4}{r.time:7.2f}")

best = max(results, key=lambda r: r.score)
fastest = min(results, key=lambda r: r.time)
print("best", best.name, "fastest", fastest.name)

by_score = {}
for r in results:
    by_score.setdefault(r.score, []).append(r.name)
print(sorted(by_score.items()))

avg = sum(r.score for r in results) / len(results)
print("average", avg)
print([r.name for r in results if r.score > avg])

results.sort(key=lambda r: r.name, reverse=True)
print([r.name for r in results])
print(sorted(results, key=lambda r: r[2])[0])

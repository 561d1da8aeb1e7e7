# graph tasks with defaultdict(list): BFS distances, components, topological order
from collections import defaultdict
edges = [("A", "B"), ("B", "C"), ("A", "D"), ("D", "E"), ("E", "C"), ("F", "G")]
adj = defaultdict(list)
for a, b in edges:
    adj[a].append(b)
    adj[b].append(a)
def bfs(start):
    dist = {start: 0}
    frontier = [start]
    while frontier:
        nxt = []
        for v in frontier:
            for w in sorted(adj[v]):
                if w not in dist:
                    dist[w] = dist[v] + 1
                    nxt.append(w)
        frontier = nxt
    return dist
print(bfs("A"))
print(bfs("F"))
comps = []
done = set()
for v in sorted(adj):
    if v not in done:
        part = sorted(bfs(v))
        done.update(part)
        comps.append(part)
print("components:", comps)
needs = {"cook": ["buy", "wash"], "buy": ["money"], "wash": ["water"], "eat": ["cook", "table"], "table": []}
indeg = defaultdict(int)
out = defaultdict(list)
nodes = set()
for task, reqs in needs.items():
    nodes.add(task)
    for r in reqs:
        nodes.add(r)
        out[r].append(task)
        indeg[task] += 1
ready = sorted(n for n in nodes if indeg[n] == 0)
order = []
while ready:
    v = ready.pop(0)
    order.append(v)
    for w in sorted(out[v]):
        indeg[w] -= 1
        if indeg[w] == 0:
            ready.append(w)
    ready.sort()
print("order:", " -> ".join(order))
degree = defaultdict(int)
for a, b in edges:
    degree[a] += 1
    degree[b] += 1
print(sorted(degree.items(), key=lambda kv: (-kv[1], kv[0])))
odd = [v for v in sorted(degree) if degree[v] % 2]
print("odd vertices:", odd, "euler path possible:", len(odd) in (0, 2))

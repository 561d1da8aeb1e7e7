# Dijkstra with a simple O(n^2) loop on an adjacency matrix.
INF = float("inf")
names = ["Almaty", "Astana", "Shymkent", "Taraz", "Karaganda", "Aktobe"]
edges = [
    (0, 2, 690), (0, 3, 500), (0, 4, 1000), (1, 4, 220),
    (2, 3, 180), (3, 4, 950), (1, 5, 1300), (2, 5, 1500), (4, 5, 1400),
]
n = len(names)
w = [[INF] * n for _ in range(n)]
for a, b, d in edges:
    w[a][b] = w[b][a] = d

def dijkstra(src):
    dist = [INF] * n
    prev = [-1] * n
    used = [False] * n
    dist[src] = 0
    for step in range(n):
        v = -1
        for i in range(n):
            if not used[i] and (v == -1 or dist[i] < dist[v]):
                v = i
        if dist[v] == INF:
            break
        used[v] = True
        print(f"  step {step}: take {names[v]:<10} dist={dist[v]}")
        for u in range(n):
            if w[v][u] != INF and dist[v] + w[v][u] < dist[u]:
                dist[u] = dist[v] + w[v][u]
                prev[u] = v
    return dist, prev

def route(prev, t):
    out = []
    while t != -1:
        out.append(names[t])
        t = prev[t]
    return " -> ".join(reversed(out))

for src in (0, 5):
    print("from", names[src])
    dist, prev = dijkstra(src)
    for t in range(n):
        print(f"{names[t]:>10}: {dist[t]:>5}  {route(prev, t)}")
print(INF, INF > 10 ** 18, min(INF, 3))

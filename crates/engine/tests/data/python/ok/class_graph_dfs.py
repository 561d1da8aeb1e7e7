class Graph:
    def __init__(self, n):
        self.n = n
        self.adj = [[] for _ in range(n)]

    def add_edge(self, u, v):
        self.adj[u].append(v)
        self.adj[v].append(u)

    def dfs(self, start):
        seen, order = set(), []
        stack = [start]
        while stack:
            u = stack.pop()
            if u in seen:
                continue
            seen.add(u)
            order.append(u)
            for v in sorted(self.adj[u], reverse=True):
                if v not in seen:
                    stack.append(v)
        return order

    def components(self):
        comp = [-1] * self.n
        count = 0
        for s in range(self.n):
            if comp[s] == -1:
                for u in self.dfs(s):
                    comp[u] = count
                count += 1
        return count, comp

    def __repr__(self):
        return f"Graph(n={self.n}, edges={sum(map(len, self.adj)) // 2})"


g = Graph(8)
for u, v in [(0, 1), (1, 2), (0, 3), (3, 4), (5, 6), (2, 4)]:
    g.add_edge(u, v)
print(g)
print(g.dfs(0), g.dfs(5), g.dfs(7))
print(g.components())
print(g.adj)

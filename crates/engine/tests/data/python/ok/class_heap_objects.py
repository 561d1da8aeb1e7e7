class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        if self.priority != other.priority:
            return self.priority < other.priority
        return self.name < other.name

    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"


class MinHeap:
    def __init__(self):
        self.a = []

    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i > 0 and a[i] < a[(i - 1) // 2]:
            p = (i - 1) // 2
            a[i], a[p] = a[p], a[i]
            i = p

    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top

    def __len__(self):
        return len(self.a)


heap = MinHeap()
for p, n in [(3, "write"), (1, "read"), (2, "test"), (1, "alpha"), (5, "deploy")]:
    heap.push(Task(p, n))
print(heap.a[0], len(heap))
order = []
while heap:
    order.append(heap.pop())
print(order)
tasks = [Task(2, "b"), Task(2, "a"), Task(0, "z")]
print(sorted(tasks), min(tasks), max(tasks))
print(Task(1, "x") > Task(0, "y"), Task(1, "a") < Task(1, "b"))
print(sorted([Task(9, "q"), Task(4, "r"), Task(7, "s")])[:2])

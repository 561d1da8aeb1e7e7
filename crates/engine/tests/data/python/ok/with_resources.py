# a pool of resources handed out through with blocks
class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.log = []

    def get(self):
        return Lease(self)

class Lease:
    def __init__(self, pool):
        self.pool = pool
        self.slot = None

    def __enter__(self):
        if not self.pool.free:
            raise RuntimeError("pool exhausted")
        self.slot = self.pool.free.pop(0)
        self.pool.log.append(("get", self.slot))
        return self.slot

    def __exit__(self, t, v, tb):
        self.pool.free.append(self.slot)
        self.pool.log.append(("put", self.slot))
        return False

pool = Pool(2)
with pool.get() as a:
    with pool.get() as b:
        print("holding", a, b, "free:", pool.free)
        try:
            with pool.get() as c:
                print("never", c)
        except RuntimeError as e:
            print("error:", e)
    print("after inner, free:", pool.free)
print("all back:", sorted(pool.free))
print(pool.log)

results = []
for job in range(4):
    with pool.get() as slot:
        results.append((job, slot))
print(results)
print(len(pool.log), "log entries")

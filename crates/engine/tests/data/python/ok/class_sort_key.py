class Runner:
    def __init__(self, name, time, age):
        self.name = name
        self.time = time
        self.age = age

    def __repr__(self):
        return f"{self.name}({self.time}s,{self.age})"


rs = [Runner("Ann", 12.5, 15), Runner("Bob", 11.9, 16), Runner("Cid", 12.5, 14),
      Runner("Dan", 13.0, 15), Runner("Eve", 11.9, 15)]
print(sorted(rs, key=lambda r: r.time))
print(sorted(rs, key=lambda r: (r.time, r.age)))
print(sorted(rs, key=lambda r: (-r.age, r.name)))
print(min(rs, key=lambda r: r.time).name, max(rs, key=lambda r: r.age).name)
by_age = {}
for r in rs:
    by_age.setdefault(r.age, []).append(r)
for age in sorted(by_age):
    print(age, by_age[age])
rs.sort(key=lambda r: r.name, reverse=True)
print(rs)
print([r.name for r in sorted(rs, key=lambda r: r.time)[:3]])

class Base:
    def __init__(self, **kw):
        print("Base init, leftover", sorted(kw))
        self.log = ["Base"]

    def setup(self):
        return ["Base.setup"]


class Named(Base):
    def __init__(self, name="?", **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")

    def setup(self):
        return ["Named.setup"] + super().setup()


class Aged(Base):
    def __init__(self, age=0, **kw):
        super().__init__(**kw)
        self.age = age
        self.log.append("Aged")

    def setup(self):
        return ["Aged.setup"] + super().setup()


class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Person")


p = Person(name="Ann", age=15)
print(p.name, p.age, p.log)
print(p.setup())
print([c.__name__ for c in Person.__mro__])
q = Person(name="Bob", age=3, extra=1)
print(q.log)
print(Aged(age=5).setup(), Named().name)

class A:
    def who(self):
        return "A"

    def hello(self):
        return "hello from " + self.who()


class B(A):
    def who(self):
        return "B"


class C(B):
    def who(self):
        return "C+" + super().who()


class D(C):
    def hello(self):
        return "D says: " + super().hello()


for cls in [A, B, C, D]:
    obj = cls()
    print(cls.__name__, obj.who(), "|", obj.hello())
print([c.__name__ for c in D.__mro__])
print(D().who())
print(A.hello(D()))
print(B.who(D()))

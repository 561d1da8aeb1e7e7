class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass


def names(cls):
    return [c.__name__ for c in cls.__mro__]


for cls in [O, A, K1, K2, K3, Z]:
    print(cls.__name__, names(cls))
print(len(Z.__mro__))
print(Z.__mro__[-1] is object)
print(all(issubclass(Z, c) for c in Z.__mro__))
print([c.__name__ for c in Z.__bases__])

# Method resolution orders, and the errors for impossible class hierarchies.
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

for cls in [K1, K2, K3, Z]:
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
print(Z.__bases__)
print(Z.__base__, O.__base__, object.__bases__)
print(len(Z.mro()), Z.mro()[0] is Z, Z.mro()[-1] is object)

def attempt(name, *bases):
    try:
        cls = type(name, bases, {})
        print(name, "ok", [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print(name, "TypeError:", e)

attempt("Bad1", A, K1)
attempt("Good1", K1, A)
attempt("Bad2", A, A)
attempt("Bad3", K1, K3, K2, A)
attempt("Good2", Z)
attempt("Bad4", bool)
attempt("Bad5", list, dict)
attempt("Good3")

class X: pass
class Y(X): pass
try:
    class W(X, Y): pass
except TypeError as e:
    print("class W:", e)

class P:
    def hello(self):
        return "P"
class Q(P):
    pass
class R(P):
    def hello(self):
        return "R"
class S(Q, R):
    pass
print(S().hello(), [k.__name__ for k in S.__mro__])
print(issubclass(S, (R, int)), issubclass(S, int), isinstance(S(), (int, str)), isinstance(S(), (int, Q)))

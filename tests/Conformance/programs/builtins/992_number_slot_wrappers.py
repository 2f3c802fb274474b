# int's, bool's and float's number protocol as methods, CPython's slot wrappers: int.__add__(3, 4.0) is
# NotImplemented, the reflected forms, divmod and pow with a modulus, the unary ones and __round__/__trunc__/
# __floor__/__ceil__, on subclasses without their own methods, their reprs and their argument errors.
import math
print((3).__add__(4), (3).__add__(4.0), int.__add__(3, True), (3).__mul__("ab"), (3).__radd__(4))
print((7).__truediv__(2), (7).__rtruediv__(2), (7).__floordiv__(-2), (7).__mod__(-2), (7).__rmod__(30))
print((2).__pow__(10), (2).__pow__(10, 1000), (2).__rpow__(3), (2).__pow__(-1), (2).__pow__(10, None))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(70), (-9).__rshift__(1), (6).__rand__(3))
print(True.__and__(False), True.__or__(False), True.__xor__(True), True.__and__(3), True.__rand__(3), True.__ror__(False))
print((7).__divmod__(2), (-7).__rdivmod__(2), (7).__divmod__(2.0), (7.5).__divmod__(2), (7.5).__rdivmod__(20))
print((5).__neg__(), (5).__pos__(), (-5).__abs__(), (5).__invert__(), (0).__bool__(), (5).__bool__(), (5).__float__())
print((5).__trunc__(), (5).__floor__(), (5).__ceil__(), (1234).__round__(), (1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2))
print((2.5).__add__(1), (2.5).__add__(1.5), (2.5).__add__("x"), (2.5).__radd__(1), (2.5).__rsub__(10), (2.5).__mul__(True))
print((7.5).__truediv__(2), (7.5).__rtruediv__(15), (7.5).__floordiv__(2), (7.5).__mod__(-2), (2.0).__pow__(0.5), (2.0).__rpow__(3))
print((-2.5).__neg__(), (-2.5).__abs__(), (0.0).__bool__(), (2.7).__trunc__(), (-2.7).__trunc__(), (2.5).__floor__(), (2.5).__ceil__())
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2), (1234.5).__round__(-2), (2.5).__float__(), (2.5).__int__())
for bad in (lambda: (1e308).__mul__(10), lambda: (1).__truediv__(0), lambda: (1.0).__truediv__(0), lambda: float('inf').__floor__(),
            lambda: float('nan').__trunc__(), lambda: int.__add__("a", 1), lambda: int.__neg__(2.0), lambda: (2.0).__pow__(3, 5),
            lambda: (10**400).__float__(), lambda: (2.0).__add__(10**400), lambda: (2).__pow__(3, 0), lambda: float.__add__(1, 2.0),
            lambda: (7.5).__divmod__(0), lambda: (7).__divmod__(0), lambda: (0).__rdivmod__(7.5), lambda: (2).__pow__(-1, 4), lambda: (0.0).__pow__(-1)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class MyInt(int):
    pass
class MyFloat(float):
    pass
print(-MyInt(5), MyInt(5).__neg__(), type(MyInt(5).__neg__()).__name__, MyInt(5) + 1, (5).__add__(MyInt(2)), MyInt(7).__divmod__(2))
print(abs(MyFloat(-2.5)), MyFloat(2.5).__round__(), math.floor(MyFloat(2.5)), type(MyFloat(2.5).__float__()).__name__, round(MyInt(1250), -2))
import functools, operator
print(functools.reduce(int.__add__, [1, 2, 3]), list(map(float.__mul__, [1.5, 2.0], [2, 3])), sorted([3, 1, 2], key=int.__neg__))
print(sorted(n for n in dir(int) if n.startswith('__') and n[2:-2] in ('add','radd','neg','bool','float','round','divmod','trunc')))
print(sorted(n for n in dir(float) if n.startswith('__') and n[2:-2] in ('add','radd','neg','bool','float','round','divmod','trunc','floor')))
print(sorted(n for n in set(dir(bool)) - set(dir(int))))
print(int.__add__, float.__neg__, int.__round__, int.__floor__, int.__index__)
print(repr((3).__add__).split(" at ")[0], repr((2.5).__neg__).split(" at ")[0])
for bad in (lambda: int.__add__(), lambda: int.__neg__(), lambda: (3).__add__(1, 2)):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
class P(int):
    def __pos__(self):
        return "user pos"
print(int.__int__(P(4)), int.__index__(P(4)), type(int.__int__(P(4))).__name__, +P(4))
for f in (lambda: (3).__add__(1, 2), lambda: (3).__add__(), lambda: (3).__neg__(1), lambda: (3).__pow__(), lambda: (3).__pow__(1,2,3), lambda: (3).__add__(x=1), lambda: (3).__neg__(x=1), lambda: (3).__divmod__(), lambda: (3).__round__(1, 2), lambda: (3).__round__(x=1), lambda: (3).__trunc__(1), lambda: True.__and__(), lambda: (2.5).__pow__(2, 3)):
    try: f()
    except TypeError as e: print(e)

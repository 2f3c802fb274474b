# Python subclasses of collections.deque: construction through the subclass's __init__ and super(), maxlen,
# attributes of their own, overridden methods, repr with the class's name, copies and concatenations of the
# subclass's class (deque_copy calls the class), equality with plain deques, and the errors.
import copy
from collections import deque


class History(deque):
    def __init__(self, items=(), limit=3):
        super().__init__(items, maxlen=limit)
        self.label = "history"

    def latest(self):
        return self[-1] if self else None


h = History([1, 2, 3, 4])
print(h, h.maxlen, h.label, h.latest(), len(h), list(h), type(h).__name__)
h.append(5)
h.appendleft(0)
print(h, isinstance(h, deque), isinstance(h, History), h == deque([0, 3, 4]), vars(h))
c = h.copy()
print(type(c).__name__, c, c.label, c is h, c == h)
print(type(copy.copy(h)).__name__, copy.copy(h))
print(type(h + deque([9])).__name__, h + deque([9]))
print(type(h * 2).__name__, h * 2)


class Plain(deque):
    pass


p = Plain("abc")
p.extra = 1
print(p, p.maxlen, p.extra, p.pop(), p.popleft(), p, repr(Plain()), Plain([1], 2))
p2 = Plain(range(4), 2)
print(p2, p2.copy(), type(p2.copy()).__name__, reversed(p2).__class__.__name__, list(reversed(p2)))


class Counting(deque):
    def append(self, x):
        super().append(x * 10)

    def __len__(self):
        return 99


k = Counting()
k.append(1)
k.extend([2, 3])
print(k, len(k), bool(k), list(k))


class Fixed(deque):
    __slots__ = ()


f = Fixed([1])
try:
    f.attr = 1
except AttributeError as e:
    print("AttributeError", e)
for bad in (lambda: hash(Plain()), lambda: Plain([1], -1), lambda: Plain() + [1]):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Wrong(deque):
    def __init__(self, *args):
        super().__init__(*args)

    def __new__(cls, *args):
        return super().__new__(cls)


print(Wrong([1, 2]))

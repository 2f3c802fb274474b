# In-place operators: __iadd__ and friends, fallback to __add__, immutability semantics, aliasing.
class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __add__(self, other):
        print("  __add__")
        return Bag(self.items + other.items)

    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other.items)
        return self

    def __repr__(self):
        return "Bag(%r)" % self.items

class Frozen:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        print("  Frozen.__add__")
        return Frozen(self.n + (other.n if isinstance(other, Frozen) else other))

    def __radd__(self, other):
        print("  Frozen.__radd__")
        return Frozen(other + self.n)

    def __mul__(self, k):
        return Frozen(self.n * k)

    def __repr__(self):
        return "Frozen(%d)" % self.n

a = Bag([1])
alias = a
a += Bag([2, 3])
print(a, alias, a is alias)
b = a + Bag([4])
print(b, a)
f = Frozen(1)
g = f
f += Frozen(2)
print(f, g, f is g)
f += 10
print(f)
f *= 3
print(f)
total = 0
for x in [Frozen(1), Frozen(2)]:
    total += x
print(total)
print(sum([Frozen(5), Frozen(6)]))

class Acc:
    def __init__(self):
        self.log = []

    def __isub__(self, v):
        self.log.append("-%d" % v)
        return self

    def __imul__(self, v):
        self.log.append("*%d" % v)
        return self

    def __ior__(self, v):
        self.log.append("|%d" % v)
        return self

    def __ifloordiv__(self, v):
        self.log.append("//%d" % v)
        return self

    def __ipow__(self, v):
        self.log.append("**%d" % v)
        return self

acc = Acc()
acc -= 1
acc *= 2
acc |= 3
acc //= 4
acc **= 5
print(acc.log)
try:
    acc += 1
except TypeError as e:
    print("TypeError:", e)
try:
    acc %= 1
except TypeError as e:
    print("TypeError:", e)
lst = [1]
ref = lst
lst += [2]
print(lst, ref, lst is ref)

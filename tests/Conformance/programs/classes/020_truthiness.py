# __bool__ and __len__ decide truth: if, while, not, and/or, bool(), filter.
class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("  bool(%s)" % self.on)
        return self.on

class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 10

class Neither:
    pass

print(bool(Flag(True)), bool(Flag(False)), not Flag(False))
if Flag(True):
    print("flag true")
print(bool(Bag()), bool(Bag(1)), len(Bag(1, 2)), not Bag())
print(bool(Both()), len(Both()), bool(Neither()))
x = Flag(False) or "default"
y = Flag(True) and "second"
print(x, y)
bag = Bag(3, 2, 1)
while bag:
    print("pop", bag.items.pop())
print(len([b for b in [Bag(), Bag(0), Bag(), Bag(1, 1)] if b]))
print([bool(v) for v in [Bag(), Neither(), Both(), Bag(None)]])

class BadBool:
    def __bool__(self):
        return 1

try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)

class BadLen:
    def __len__(self):
        return -1

try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    len(Neither())
except TypeError as e:
    print("TypeError:", e)

# A list subclass: extra methods, overridden mutators, super() calls, attributes.

class History(list):
    """A bounded list that remembers how many items it dropped."""

    def __init__(self, limit, items=()):
        super().__init__()
        self.limit = limit
        self.dropped = 0
        for x in items:
            self.append(x)

    def append(self, item):
        super().append(item)
        while len(self) > self.limit:
            del self[0]
            self.dropped += 1

    def last(self, n=1):
        return self[-n:]


h = History(3, [1, 2])
print(h, len(h), h.dropped, h.limit)
for i in range(3, 8):
    h.append(i)
    print("after", i, "->", h, "dropped", h.dropped)
print("last two:", h.last(2), type(h.last(2)).__name__)
print("isinstance list:", isinstance(h, list), "type:", type(h).__name__)
print("sum/max/min:", sum(h), max(h), min(h))
print("sorted reverse:", sorted(h, reverse=True))
print("in:", 6 in h, 1 in h)
print("index/count:", h.index(6), h.count(7))
print("concat:", h + [100], type(h + [100]).__name__)
print("repeat:", h * 2)
print("slice:", h[::2], h[1:])
print("equal to list:", h == [5, 6, 7], h != [5, 6, 7], [5, 6, 7] == h)
print("compare:", h < [5, 6, 8], h > [5, 6])
print("bool:", bool(h), bool(History(2)))
print("vars:", sorted(vars(h).items()))
h.note = "extra"
print("note:", h.note, sorted(h.__dict__))
h.extend([8, 9])
print("extend bypasses append:", h, len(h))
h.sort(reverse=True)
print("sorted in place:", h)
h.reverse()
print("reversed:", h, list(reversed(h)))
a, b, *rest = h
print("unpack:", a, b, rest)
print("list():", list(h), type(list(h)).__name__)
print("comprehension:", [x * x for x in h if x % 2])
print("enumerate:", list(enumerate(h))[:3])
h[0] = 50
print("setitem:", h)
del h[1:3]
print("del slice:", h)
print("pop:", h.pop(), h)
h.clear()
print("clear:", h, len(h), h.dropped)


class Matrix(list):
    def __init__(self, rows):
        super().__init__([list(r) for r in rows])

    def transpose(self):
        return Matrix(zip(*self))

    def __mul__(self, other):
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in zip(*other)] for row in self])

    def __repr__(self):
        return "Matrix(" + super().__repr__() + ")"


m = Matrix([[1, 2], [3, 4]])
print(m, m.transpose(), len(m), m[1][0])
print(m * m)
print(m * Matrix([[1, 0], [0, 1]]))
print(str(m), [repr(m)])

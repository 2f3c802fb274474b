# A list subclass overriding the sequence protocol: negative-index wrapping, slicing, len, iteration, contains.

class Ring(list):
    """A list indexed modulo its length."""

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Ring(super().__getitem__(i))
        return super().__getitem__(i % len(self))

    def __setitem__(self, i, value):
        super().__setitem__(i if isinstance(i, slice) else i % len(self), value)

    def rotate(self, k):
        k %= len(self)
        self[:] = list(self)[k:] + list(self)[:k]
        return self

    def window(self, start, size):
        return [self[i] for i in range(start, start + size)]


r = Ring("abcde")
print(r, r[7], r[-6], r[2:4], type(r[2:4]).__name__, r.window(3, 5))
r[12] = "X"
print(r, len(r), "X" in r, r.index("X"), r.count("a"))
print(r.rotate(2), r.rotate(-1), list(r), "".join(r), [c for c in r][::-1])
print(r + ["z"], type(r + ["z"]).__name__, sorted(r), r == list("cXdea"), bool(Ring()))


class Countdown(list):
    def __iter__(self):
        i = super().__len__()
        while i > 0:
            i -= 1
            yield super().__getitem__(i)

    def __len__(self):
        return super().__len__() * 10

    def __contains__(self, item):
        print("  contains?", item)
        return super().__contains__(item)

    def __bool__(self):
        return True


c = Countdown([1, 2, 3])
print(list(c), [x for x in c], len(c), sum(c), sorted(c), max(c))
print(2 in c, 9 in c, bool(Countdown()), list(Countdown()), len(Countdown()))
a, b, z = c
print("unpacked:", a, b, z, list(enumerate(c)), list(zip(c, "xyz")), "-".join(map(str, c)))
print(list.__len__(c), list.__iter__(c).__next__(), tuple(c), set(c) == {1, 2, 3})


class Stack(list):
    push = list.append

    def peek(self):
        if not self:
            raise IndexError("peek from empty stack")
        return self[-1]


st = Stack()
for ch in "([{":
    st.push(ch)
print(st, st.peek(), st.pop(), st, len(st))
try:
    Stack().peek()
except IndexError as e:
    print("IndexError:", e)

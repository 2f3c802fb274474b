# List slice assignment, list item assignment, starred unpacking and tuple() of an iterable, the paths that no
# longer copy: the items' reference counts after each, the order in which removed items' __del__ run (last
# first for a simple slice, first first for an extended one, as CPython), what a __del__ sees of the list, a
# replacement that is the list itself, a tuple or a generator, errors (wrong sizes, bad indices, bad
# bounds, bad iterables) leaving counts as they were, and a slice object reused after it is released.
import sys


class D:
    def __init__(self, name, log=None):
        self.name = name
        self.log = log

    def __del__(self):
        seen = "" if self.log is None else " sees %s" % [getattr(x, "name", x) for x in self.log]
        print("  del", self.name + seen)

    def __repr__(self):
        return self.name


def rc(x):
    return sys.getrefcount(x) - 1


def names(xs):
    return [getattr(x, "name", x) for x in xs]


print("simple slice, released last first, after the list is updated")
box = []
a = [D("a0"), D("a1", box), D("a2", box), D("a3")]
box.append(a)
a[1:3] = [7]
print(" ", names(a))
box.clear()
print("shorter, longer and empty replacements")
keep = D("keep")
b = [1, 2, 3, 4, 5, 6]
b[1:4] = [keep]
print(" ", names(b), rc(keep))
b[0:1] = [keep, keep, keep]
print(" ", names(b), rc(keep))
b[2:2] = ()
b[len(b):] = (keep,)
print(" ", names(b), rc(keep))
b[:] = []
print(" ", b, rc(keep))
print("the list itself, a tuple, a generator, a string, a reversed view")
c = [keep, 1, 2]
c[1:] = c
print(" ", names(c), rc(keep))
c[:2] = (keep, keep)
print(" ", names(c), rc(keep))
c[::2] = (x for x in "xy")
print(" ", names(c), rc(keep))
c[1:2] = "pq"
print(" ", names(c), rc(keep))
perm = [0, 1, 2, 3, 4, 5]
for k in (3, 5, 1, 4):
    perm[:k + 1] = perm[k::-1]
    print(" ", perm)
perm[:4] = reversed(perm[:4])
print(" ", perm)
print("extended slice, released first first")
e = [D("e0"), D("e1"), D("e2"), D("e3"), D("e4")]
e[::2] = [10, 20, 30]
print(" ", names(e))
e[::-2] = [keep, keep, keep]
print(" ", names(e), rc(keep))
print("wrong sizes and bad bounds keep the counts")
f = [keep, keep]
for bad in ([1, 2], (keep, keep, keep), iter([keep])):
    try:
        f[::2] = bad
    except ValueError as exc:
        print("  ValueError:", exc, rc(keep))


g = [1, 2, 3]
try:
    g[1:2] = 5
except TypeError as exc:
    print("  TypeError:", exc)
try:
    g[::2] = 5
except TypeError as exc:
    print("  TypeError:", exc)
try:
    g[::2] = [1, 2, 3]
except ValueError as exc:
    print("  ValueError:", exc)


def grow(target):
    target.append(9)
    yield keep


def shrink(target):
    del target[:]
    yield keep


lst = [1, 2, 3, 4]
lst[-1:] = grow(lst)
print("  grown while iterated:", names(lst), rc(keep))
lst[1:3] = shrink(lst)
print("  emptied while iterated:", names(lst), rc(keep))
lst = [1, 2, 3, 4, 5]
lst[::2] = (7, 8, 9)
print(" ", lst)
del lst
try:
    g["x":] = [keep]
except TypeError as exc:
    print("  TypeError:", exc, rc(keep))
print("item assignment")
h = [D("h0"), D("h1", box)]
box.append(h)
h[1] = keep
h[-2] = keep
print(" ", names(h), rc(keep))
box.clear()
for key in (2, -3, 2 ** 70, "k", 1.5, True):
    try:
        h[key] = keep
        print("  set", key, names(h), rc(keep))
    except (IndexError, TypeError) as exc:
        print(" ", type(exc).__name__ + ":", exc)
for key in ("k", 1.5):
    for thing in ((1, 2), "ab", b"ab", [1]):
        try:
            thing[key]
        except TypeError as exc:
            print("  TypeError:", exc)


class MyList(list):
    def __setitem__(self, key, value):
        print("  MyList setitem", key, value)
        super().__setitem__(key, value)


m = MyList([1, 2])
m[0] = 5
m[1:] = [6, 7]
print(" ", m)
print("starred unpacking")
data = [keep, 2, 3, 4, keep]
first, *middle, last = data
print(" ", names(middle), rc(keep), rc(middle))
head, *tail = middle
print(" ", head, tail, rc(keep))
*init, end = (keep, 1, 2)
print(" ", names(init), end)
x, *y, z = range(5)
print(" ", x, y, z)
p, *q, r = "ab"
print(" ", p, q, r)
try:
    s, *t, u = [keep]
except ValueError as exc:
    print("  ValueError:", exc, rc(keep))
del first, last, head, init, middle, tail
print("  left:", rc(keep))
print("tuple of an iterable")
print(" ", tuple(x * 2 for x in range(5)))
print(" ", len(tuple(range(40))), tuple(range(40))[-3:])
print(" ", tuple([keep, 1]), rc(keep))
print(" ", tuple({"a": 1, "b": 2}), tuple(""), tuple(iter([])))


def failing():
    yield keep
    yield keep
    raise RuntimeError("stop")


try:
    tuple(failing())
except RuntimeError as exc:
    print("  RuntimeError:", exc, rc(keep))
big = tuple(D("t%d" % i) if i in (0, 20) else i for i in range(21))
print(" ", len(big), big[0], big[20])
del big
print("slices released and made again")
s1 = slice(1, 3)
word = [0, 1, 2, 3, 4]
print(" ", word[1:3], word[::2], word[s1], s1)
print(" ", rc(word), word[1:3] == word[s1])
print("end", rc(keep))

# Building a str with s += t and s = s + t: the result is the same whether or not the str is appended to in place,
# every other name, container or closure that held the old text still sees the old text, and loops that build long
# strs this way finish (they are linear in CPython, and must not be quadratic here).
import sys


def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


def build_plus(n):
    s = "start:"
    for i in range(n):
        s = s + chr(97 + i % 26)
    return s


def aliases():
    s = "ab"
    s += "c"
    alias = s
    s += "d"
    print("alias", alias, "s", s)
    keep = []
    for ch in "xyz":
        s += ch
        keep.append(s)
    print("kept", keep)
    d = {}
    for ch in "pq":
        s += ch
        d[s] = len(s)
    print("dict", d)
    t = s
    s += s
    print("doubled", s, "t", t, s is t)
    u = s[:3]
    u += u
    print("self", u)
    return s


def closures():
    s = "c"
    def read():
        return s
    for ch in "123":
        s += ch
    print("closure sees", read())
    got = []
    def outer():
        text = "o"
        def add(x):
            nonlocal text
            text += x
            return text
        return add
    add = outer()
    for ch in "ab":
        got.append(add(ch))
    print("nonlocal", got)


def arguments(s):
    s += "!"
    return s


class Sub(str):
    pass


def subclasses():
    s = Sub("sub")
    s += "x"
    print(type(s).__name__, s)
    t = "plain"
    t += Sub("y")
    print(type(t).__name__, t)


def errors():
    s = "e"
    s += "f"
    for bad in (1, None, b"x", ["l"]):
        try:
            s += bad
        except TypeError as e:
            print("TypeError:", e)
    print("after errors", s)


g = ""
for i in range(5):
    g += str(i)
print("global", g)


def use_global():
    global g
    for ch in "ab":
        g += ch
    return g


print(len(build(100000)), build(30))
print(len(build_plus(100000)), build_plus(30))
last = aliases()
print("last", last)
closures()
original = "arg"
print(arguments(original), original)
subclasses()
errors()
print("use_global", use_global(), g)
word = "w"
words = [word]
for i in range(3):
    word += "w"
print(words, word)
big = ""
for i in range(300000):
    big += "ab"
print(len(big), big.count("ab"), big[:6], big[-6:])
n = 0
s = ""
while len(s) < 50000:
    s += "xyz"
    n += 1
print(n, len(s), hash(s) == hash("xyz" * n), s == "xyz" * n)
print(sys.getrefcount(s) >= 2)

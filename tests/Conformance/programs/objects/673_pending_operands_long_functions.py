# Operands waiting on the evaluation stack of a long function (64 instructions or more, which GilGen runs as a
# split frame) when an operation raises: a call's callable and earlier arguments, a method's object, a binary
# operation's left side, a subscript's container, a for loop's iterator, a display's earlier items. They are
# released as the frame unwinds, before the caller's handler runs, in the order CPython 3.12 releases them (the
# raising call's own inputs first, bottom first, then the stack below, top first).


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)

    def m(self, *args):
        return self.name

    def __add__(self, other):
        return A(self.name + "+")

    def __getitem__(self, key):
        return key


class Iterates:
    def __init__(self, name, n):
        self.name = name
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

    def __del__(self):
        print("  del", self.name)


def fail(what):
    raise KeyError(what)


def take(*args):
    return len(args)


def warm_up(n):
    # Enough work to make the function long; the results are printed so that nothing is dead code.
    total = 0
    for i in range(n):
        total += i * i - (i // 2)
        if total % 3 == 0:
            total += 1
    words = ["w%d" % k for k in range(n)]
    joined = ",".join(words)
    squares = {k: k * k for k in range(n)}
    pairs = sorted((v, k) for k, v in squares.items())
    return total, joined, pairs[-1]


def long_method_receiver(n):
    print("  warm", warm_up(n))
    a, b, c = n, n + 1, n + 2
    values = [a, b, c, a * b, b * c, a * c]
    total = sum(values) + max(values) - min(values)
    label = "%d:%d:%d" % (a, b, c)
    print("  work", total, label, values[3:])
    return A("receiver").m(A("argument 1"), A("argument 2"), fail("method"))


def long_nested_calls(n):
    print("  warm", warm_up(n))
    acc = []
    for k in range(n):
        acc.append(k * 3 % 7)
    acc.sort()
    text = "-".join(str(v) for v in acc)
    print("  work", text, len(acc), acc[0] if acc else None)
    return take(A("outer 1"), take(A("inner 1"), A("inner 2"), fail("nested")), A("never made"))


def long_binary_and_subscript(n):
    print("  warm", warm_up(n))
    grid = [[r * c for c in range(3)] for r in range(3)]
    flat = [x for row in grid for x in row]
    print("  work", flat, sum(flat))
    x = take(A("container")[A("key")], 1)
    print("  subscript returned", x)
    return A("left") + A("right") + take(A("third"), fail("binary"))


def long_loop_iterator(n):
    print("  warm", warm_up(n))
    a, b, c = n, n + 1, n + 2
    values = [a, b, c, a * b, b * c, a * c]
    total = sum(values) + max(values) - min(values)
    print("  more", total, "%d:%d:%d" % (a, b, c), values[3:])
    seen = 0
    for v in Iterates("first loop", 3):
        seen += v
    print("  work", seen)
    for v in Iterates("second loop", 5):
        for w in Iterates("inner loop %d" % v, 2):
            if v == 3 and w == 0:
                take(A("in the loop"), fail("loop"))
    return seen


def long_displays(n):
    print("  warm", warm_up(n))
    a, b, c = n, n + 1, n + 2
    values = [a, b, c, a * b, b * c, a * c]
    total = sum(values) + max(values) - min(values)
    print("  more", total, "%d:%d:%d" % (a, b, c), values[3:])
    base = (n, n * 2)
    print("  work", base, [base] * 2)
    items = [A("list 0"), A("list 1"), (A("tuple 0"), fail("display"))]
    return items


def long_fstring_and_keywords(n):
    print("  warm", warm_up(n))
    a, b, c = n, n + 1, n + 2
    values = [a, b, c, a * b, b * c, a * c]
    total = sum(values) + max(values) - min(values)
    print("  more", total, "%d:%d:%d" % (a, b, c), values[3:])
    name = "value"
    print("  work", f"{name}={n:>4}|{n!r}")
    return take(A("positional"), key=A("keyword"), other=fail("keywords"))


def run(label, fn, *args):
    print(label)
    try:
        fn(*args)
    except KeyError as e:
        print("  caught", e)


for label, fn in [("method receiver", long_method_receiver), ("nested calls", long_nested_calls),
                  ("binary and subscript", long_binary_and_subscript), ("loop iterators", long_loop_iterator),
                  ("displays", long_displays), ("f-string and keywords", long_fstring_and_keywords)]:
    run(label, fn, 4)
print("end")

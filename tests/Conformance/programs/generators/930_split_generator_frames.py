# Generators long enough that GilGen splits their frame (32 instructions or more, no try blocks):
# what is pending on the stack at a yield, or when an instruction raises, is released in CPython's order when
# the generator is thrown into, closed or raises; its locals go to the traceback; send() and locals() work
# across yields. Objects with __del__ make every release visible.
import sys
import traceback


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)

    def __repr__(self):
        return "Tracked(" + self.name + ")"

    def __iter__(self):
        return TrackedIterator(self.name + "-iterator")


class TrackedIterator(Tracked):
    def __init__(self, name):
        super().__init__(name)
        self.left = [1, 2, 3]

    def __next__(self):
        if not self.left:
            raise StopIteration
        return self.left.pop(0)


def pending_below_yield(a, b):
    # The call's function and three arguments are on the stack while the generator is suspended.
    scale = len(str(a)) * len(str(b))
    total = (a + b) * scale
    label = "sum" if scale == 1 else "scaled sum"
    print(label, Tracked("pending"), total, (yield Tracked("yielded")), Tracked("after"))
    return total


def loop_with_iterator(items):
    # The loop's iterator (over a Tracked) is pending below every yield.
    width = len(items) * 2
    count = width - len(items) * 2
    for x in Tracked(items):
        count = count + x
        got = yield count * 10
        print("  got", got, "count", count)
    return count


def raises_with_pending(n):
    keep = Tracked("local-" + str(n))
    parts = []
    for i in range(n):
        parts.append((yield i))
    # The list and a Tracked are pending when the division raises.
    print(parts, Tracked("arg"), 1 // (n - n))
    return keep


def with_locals(n):
    seen = []
    acc = 0
    for i in range(n):
        acc = acc + i
        seen.append(sorted(locals()))
        sent = yield acc
        if sent is not None:
            acc = acc + sent
    return seen


print("1. thrown in with the stack pending")
g = pending_below_yield(2, 3)
v = next(g)
print("yielded", v.name)
del v
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("caught", repr(e))
del g

print("2. sent to completion")
g = pending_below_yield(4, 5)
next(g)
try:
    g.send("hello")
except StopIteration as e:
    print("returned", e.value)

print("3. closed in a loop")
g = loop_with_iterator("it")
print(next(g), g.send("a"))
g.close()
print("closed")
del g

print("4. finished loop")
g = loop_with_iterator("it2")
out = [next(g)]
try:
    while True:
        out.append(g.send(len(out)))
except StopIteration as e:
    print(out, "returned", e.value)

print("5. raised with values pending")
g = raises_with_pending(2)
print(next(g), g.send("x"))
try:
    g.send("y")
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("ZeroDivisionError at lines", lines)
    print("exception still held")
print("exception released")
del g

print("6. traceback text")
g = raises_with_pending(1)
next(g)
try:
    g.send(None)
except ZeroDivisionError:
    text = traceback.format_exc().replace(__file__, "FILE")
    print("\n".join(l for l in text.splitlines() if "File" in l or "Error" in l))
del g

print("7. locals across yields")
g = with_locals(3)
print(next(g), g.send(10), g.send(None))
try:
    next(g)
except StopIteration as e:
    print(e.value)

print("8. thrown before the start and after the end")
g = loop_with_iterator("never")
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("caught", repr(e))
print(next(g, "exhausted"))
print("done", sys.getrefcount(Tracked) > 0)

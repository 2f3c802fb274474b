# A module's top-level code without try or with (GilGen runs it as a split frame): the operands on its
# evaluation stack are released when a statement raises. The last statement ends the program with SystemExit
# while a call's earlier arguments wait on the stack: they are finalized as the module's frame unwinds, before
# the interpreter exits (quietly, with status 0). Until then, the usual statements run with values pending.
import sys


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def m(self, other):
        return self.name + "/" + other.name


def take(*args):
    return len(args)


def exit_now():
    print("exiting")
    sys.exit(0)


marker = A("marker")
print("refcount", sys.getrefcount(marker))
total = 0
for i in range(4):
    total += take(marker, i, marker) * i
print("total", total, "refcount", sys.getrefcount(marker))
names = [A("item %d" % k).m(A("other %d" % k)) for k in range(2)]
print(names)
table = {name: len(name) for name in names}
print(sorted(table.items()))
print("nested", take(marker, take(marker, marker), [marker, marker]), sys.getrefcount(marker))
text = f"{marker.name}:{total:>5}:{len(names)!r}"
print(text)
del marker
print(take(A("pending 1"), A("receiver").m(A("argument")), A("pending 2"), exit_now(), A("never made")))
print("not reached")

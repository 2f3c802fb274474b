# locals(), vars() and dir() without an argument in a class body: the namespace being built, live (a key written
# there becomes a class attribute), into which CPython 3.12 copies the body's cells (the implicit __class__ cell,
# empty while the body runs) but not its free variables.


class Plain:
    a = 1
    ns = locals()
    print(sorted(ns), ns is vars(), dir())
    b = 2
    print(sorted(ns), "b" in dir())
    locals()["made"] = "through locals()"
    vars()["also"] = "through vars()"
    del a
    print(sorted(locals()))


print(Plain.made, Plain.also, hasattr(Plain, "a"), Plain.b, Plain.ns is Plain.__dict__, type(Plain.ns).__name__)


class UsesSuper:
    __class__ = "assigned"
    print("__class__" in locals(), sorted(locals()))

    def method(self):
        return super().__repr__()[:1]

    print("__class__" in vars(), dir())


print(UsesSuper.__dict__.get("__class__", "no class attribute"), UsesSuper().method())


def make(value):
    hidden = "free in the body"

    class Inner:
        seen = value
        print(sorted(locals()), "hidden" in locals())
        uses = hidden
        print(sorted(vars()))

        def method(self):
            return sorted(locals()), value
    return Inner


Inner = make(5)
print(Inner.seen, Inner.uses, Inner().method())


class Outer:
    x = "outer"

    class Nested:
        y = "nested"
        print(dir())
    print(dir())


class WithTry:
    try:
        raise KeyError("k")
    except KeyError as err:
        print(sorted(locals()), type(err).__name__)
    print(sorted(locals()))
    for i in range(2):
        last = i
    print(sorted(vars()))


class Shadowed:
    def locals():
        return "a method named locals"
    print(locals())

# The builtin exception groups without asyncio: construction, checks, split/subgroup/derive, subclasses.
import itertools


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {r!r}")


print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__bases__, ExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))

excs = [ValueError(1), TypeError("two"), KeyError("three")]
eg = ExceptionGroup("batch", excs)
print(repr(eg), str(eg), sep=" | ")
print("message:", eg.message, "exceptions:", eg.exceptions, "args:", eg.args)
print("exceptions is a tuple copy:", type(eg.exceptions).__name__, eg.exceptions is not excs)
excs.append(IndexError(4))
print("list changed after construction, group unchanged:", len(eg.exceptions))
show("set message", lambda: setattr(eg, "message", "other"))
show("set exceptions", lambda: setattr(eg, "exceptions", ()))

show("no args", lambda: ExceptionGroup())
show("one arg", lambda: ExceptionGroup("m"))
show("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
show("message not str", lambda: ExceptionGroup(b"m", [ValueError()]))
show("a set", lambda: ExceptionGroup("m", {1}))
show("a generator", lambda: ExceptionGroup("m", (e for e in [ValueError()])))
show("empty tuple", lambda: ExceptionGroup("m", ()))
show("second item not exc", lambda: ExceptionGroup("m", [ValueError(), "x"]))
show("a class, not an instance", lambda: ExceptionGroup("m", [ValueError]))
show("base exception in ExceptionGroup", lambda: ExceptionGroup("m", [ValueError(), SystemExit(1)]))
show("BaseExceptionGroup picks", lambda: type(BaseExceptionGroup("m", (ValueError(),))).__name__)
show("BaseExceptionGroup keeps", lambda: type(BaseExceptionGroup("m", (GeneratorExit(),))).__name__)
show("tuple given", lambda: ExceptionGroup("m", (ValueError(1),)).args)

nested = ExceptionGroup("top", [
    ValueError("a"),
    ExceptionGroup("mid", [TypeError("b"), ExceptionGroup("low", [ValueError("c"), KeyError("d")])]),
    OSError("e"),
])


def tree(exc, depth=0):
    if isinstance(exc, BaseExceptionGroup):
        print("  " * depth + f"{type(exc).__name__}({exc.message!r}) x{len(exc.exceptions)}")
        for sub in exc.exceptions:
            tree(sub, depth + 1)
    else:
        print("  " * depth + f"{type(exc).__name__}: {exc}")


tree(nested)
for cond in (ValueError, (TypeError, KeyError), LookupError, Exception, ExceptionGroup,
             lambda e: isinstance(e, OSError) or str(e) == "'d'"):
    match, rest = nested.split(cond)
    print("split", getattr(cond, "__name__", None) or "tuple", "->", match is nested,
          repr(match) if match is not nested else "self", "| rest:", repr(rest))
print("subgroup(KeyError):", repr(nested.subgroup(KeyError)))
print("subgroup(RuntimeError):", nested.subgroup(RuntimeError))
print("subgroup(BaseException) is self:", nested.subgroup(BaseException) is nested)
show("split(1)", lambda: nested.split(1))
show("split(int)", lambda: nested.split(int))
show("split()", lambda: nested.split())

cause = RuntimeError("why")
eg2 = ExceptionGroup("with cause", [ValueError(1), TypeError(2)])
eg2.__cause__ = cause
m, r = eg2.split(ValueError)
print("parts keep the cause:", m.__cause__ is cause, r.__cause__ is cause, m.__suppress_context__)


class TaggedGroup(ExceptionGroup):
    def __new__(cls, message, excs, tag):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self

    def derive(self, excs):
        return TaggedGroup(self.message, excs, self.tag + "'")


tg = TaggedGroup("tagged", [ValueError(1), TypeError(2)], "t")
print(repr(tg), tg.tag, tg.args)
m, r = tg.split(TypeError)
print(type(m).__name__, m.tag, repr(m), "|", type(r).__name__, r.tag)
print("caught as ExceptionGroup:", end=" ")
try:
    raise tg
except ExceptionGroup as e:
    print(type(e).__name__, e)


class Plain(BaseExceptionGroup):
    pass


print(type(Plain("p", [ValueError()])).__name__, type(Plain("p", [KeyboardInterrupt()])).__name__)
print("Plain is an Exception?", isinstance(Plain("p", [ValueError()]), Exception))


class Code(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls)
        self.extra = len(args)
        return self


c = Code("a", "b")
print("own __new__:", c.args, c.extra, repr(c))
counter = itertools.count(10, 5)
print("count.__next__:", counter.__next__(), next(counter), counter.__next__())

# traceback.TracebackException: a captured exception (its stack, type, message, chain) formatted later, as CPython 3.12.
import sys
import traceback


def inner(n):
    if n == 0:
        raise ZeroDivisionError("n is zero")
    return 10 // n


def middle(n):
    try:
        inner(n)
    except ZeroDivisionError as e:
        raise ValueError("bad n: %d" % n) from e


def outer():
    try:
        middle(0)
    except ValueError:
        raise KeyError("lookup")


def capture(fn, *args, **kwargs):
    try:
        fn()
    except BaseException as e:
        return traceback.TracebackException.from_exception(e, *args, **kwargs)


def show(lines):
    print("".join(lines).replace(__file__, "1075_traceback_exception.py"), end="")


te = capture(outer)
print(type(te).__name__, te.exc_type.__name__, str(te))
print("stack:", [(f.name, f.lineno, f.line) for f in te.stack])
print("context:", type(te.__context__).__name__, te.__context__.exc_type.__name__, str(te.__context__))
print("cause of context:", te.__context__.__cause__.exc_type.__name__, str(te.__context__.__cause__))
print("cause:", te.__cause__, "suppress:", te.__suppress_context__)
print("exceptions:", te.exceptions)
show(te.format())
print("--- chain=False")
show(te.format(chain=False))
print("--- only")
print(list(te.format_exception_only()))
print("--- print to a file")
import io
out = io.StringIO()
te.print(file=out)
show([out.getvalue()])

print("--- limit=1")
show(capture(outer, limit=1).format(chain=False))


class Custom(Exception):
    def __str__(self):
        return "custom text"


class Quiet(Exception):
    pass


def raise_custom():
    raise Custom(1, 2)


def raise_empty():
    raise Quiet()


def raise_suppressed():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("clean") from None


for fn in (raise_custom, raise_empty, raise_suppressed):
    te = capture(fn)
    print(fn.__name__, repr(str(te)), te.__suppress_context__, te.__context__ is not None)
    show(te.format())

# A module's exception type is qualified with its module; a nested class by its qualname.
import json
te = capture(lambda: json.loads("{"))
print(list(te.format_exception_only()))


class Outer:
    class Inner(Exception):
        pass


te = capture(lambda: (_ for _ in ()).throw(Outer.Inner("nested")))
print(list(te.format_exception_only()))

# Notes are printed after the message.
def noted():
    e = ValueError("with notes")
    e.add_note("first note")
    e.add_note("second\nnote")
    raise e


print(list(capture(noted).format_exception_only()))

# Built by hand from (type, value, traceback); equality compares what was captured.
try:
    1 / 0
except ZeroDivisionError as e:
    a = traceback.TracebackException(type(e), e, e.__traceback__)
    b = traceback.TracebackException(type(e), e, e.__traceback__)
    print(a == b, a == 1, a != b)
    print(len(a.stack), a.stack[0].name)
    print(list(traceback.TracebackException(type(e), e, None).format()))

# A cycle of contexts is followed once.
def cycle():
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            a.__context__ = b
            raise a


te = capture(cycle)
print(te.exc_type.__name__, te.__context__.exc_type.__name__, te.__context__.__context__)
print(sum(1 for line in te.format() if "Traceback" in line))

# SyntaxError's fields are captured.
try:
    raise SyntaxError("invalid thing", ("prog.py", 3, 5, "x = = 1\n", 3, 6))
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, te.lineno, te.offset, repr(te.text), te.msg, te.end_lineno, te.end_offset)
    show(te.format_exception_only())

# An exception whose __str__ fails.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str")


te = capture(lambda: (_ for _ in ()).throw(Broken()))
print(list(te.format_exception_only()))

# compact=True leaves out the context where the cause or suppression already decides.
te = capture(outer, compact=True)
print(te.__context__ is not None, te.__context__.__context__ is None, te.__context__.__cause__ is not None)

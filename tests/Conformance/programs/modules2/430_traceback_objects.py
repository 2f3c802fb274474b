# Traceback objects and the traceback module: frames, lines, chains, limits and notes.
import sys
import traceback
import io


def inner(n):
    if n == 0:
        raise ValueError("bottom")
    inner(n - 1)


def middle():
    inner(2)


def outer():
    try:
        middle()
    except ValueError as e:
        return e


def clean(text):
    # File names differ between runs; keep only the base name.
    return text.replace(__file__, "430_traceback_objects.py")


err = outer()
tb = err.__traceback__
print("same object twice:", tb is err.__traceback__)
print("type:", type(tb).__name__, type(tb.tb_frame).__name__, type(tb.tb_frame.f_code).__name__)
walk = []
t = tb
while t is not None:
    # A frame that has returned stays at its last line; the catching frame ran on, so its f_lineno is not shown.
    walk.append((t.tb_frame.f_code.co_name, t.tb_lineno, t.tb_frame.f_lineno if t is not tb else None))
    t = t.tb_next
print("chain:", walk)

summary = traceback.extract_tb(tb)
print("extracted:", len(summary), type(summary).__name__)
for fs in summary:
    print("  ", fs.name, fs.lineno, repr(fs.line))
name_of_first = summary[0].name
filename, lineno, name, line = summary[-1]
print("unpacked:", lineno, name, line, filename == __file__)
print("as tuple:", summary[1] == (__file__, summary[1].lineno, "middle", "inner(2)"))
print("limit 2:", [f.name for f in traceback.extract_tb(tb, limit=2)])
print("limit -2:", [f.name for f in traceback.extract_tb(tb, limit=-2)])
print("limit 0:", traceback.extract_tb(tb, limit=0))

for chunk in traceback.format_tb(tb):
    print(clean(chunk), end="")
print("---")
print(clean("".join(traceback.format_exception(err))), end="")
print("---")
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(ValueError, err))
print(traceback.format_exception(None))

# The old three-argument form, and a traceback given explicitly.
parts = traceback.format_exception(type(err), err, None)
print("no traceback:", parts)
try:
    traceback.format_exception(err, err)
except ValueError as e:
    print("ValueError:", e)
try:
    traceback.format_exception(42)
except TypeError as e:
    print("TypeError:", e)


# Chained exceptions, and chain=False.
def chained():
    try:
        raise KeyError("missing")
    except KeyError as k:
        raise RuntimeError("lookup failed") from k


try:
    chained()
except RuntimeError as e:
    full = traceback.format_exception(e)
    print(len(full), "pieces")
    print(clean("".join(full)), end="")
    print("--- chain=False")
    print(clean("".join(traceback.format_exception(e, chain=False))), end="")
    print("exc_info tb is __traceback__:", sys.exc_info()[2] is e.__traceback__)
    print("sys.exception:", repr(sys.exception()))
    out = io.StringIO()
    traceback.print_exc(file=out)
    print("print_exc matches format_exc:", out.getvalue() == traceback.format_exc())

print("format_exc outside a handler:", repr(traceback.format_exc()))

# with_traceback and assignment.
e2 = KeyError("k")
print("fresh exception:", e2.__traceback__)
print("with_traceback returns self:", e2.with_traceback(tb) is e2)
print("now:", [f.name for f in traceback.extract_tb(e2.__traceback__)])
e2.__traceback__ = None
print("cleared:", e2.__traceback__)
try:
    e2.__traceback__ = 5
except TypeError as e:
    print("TypeError:", e)

# Notes print after the last line.
note_err = ValueError("with notes")
note_err.add_note("first note")
note_err.add_note("second\nspans two lines")
print(traceback.format_exception_only(note_err))
try:
    note_err.add_note(3)
except TypeError as e:
    print("TypeError:", e)


# Deep recursion: more than three identical frames are cut.
def down(n):
    if n == 0:
        raise OverflowError("deep")
    down(n - 1)


try:
    down(8)
except OverflowError as e:
    lines = traceback.format_tb(e.__traceback__)
    print(len(lines), "pieces for", 10, "frames")
    print(clean(lines[-2]), end="")

# format_list and print_list take tuples too.
print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 7, "g", "")]))
buffer = io.StringIO()
traceback.print_list([("c.py", 1, "h", "pass")], file=buffer)
print(repr(buffer.getvalue()))
print(repr(traceback.FrameSummary("d.py", 4, "k", line="y")))

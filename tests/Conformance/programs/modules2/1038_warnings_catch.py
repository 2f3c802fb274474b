# warnings.catch_warnings(record=True), formatwarning, showwarning to a file, WarningMessage.
import io
import sys
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(RuntimeWarning("third"))
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
    print(isinstance(w[0], warnings.WarningMessage), type(w[0].message).__name__, w[0].file, w[0].line, w[0].source)
print(len(w))
print([f[0] for f in warnings.filters][:2])

# Filters restored at exit; the registry is invalidated so "default" shows again.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for _ in range(2):
        warnings.warn("once per place")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    warnings.warn("once per place")
    print(len(w))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("as error")
    except UserWarning as e:
        print("error inside:", e)
with warnings.catch_warnings(action="ignore"):
    warnings.warn("ignored")
with warnings.catch_warnings(record=True, action="always", category=FutureWarning) as w:
    warnings.warn("future", FutureWarning)
    print(w[0].category.__name__)

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        with cw:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)

# formatwarning and showwarning with a file.
print(repr(warnings.formatwarning("msg", UserWarning, "nofile.py", 7)))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "nofile.py", 7, line="  source()  ")))
buf = io.StringIO()
warnings.showwarning("shown", RuntimeWarning, "f.py", 3, file=buf, line="x = 1")
print(repr(buf.getvalue()))

# stderr replaced: the text goes there.
old = sys.stderr
sys.stderr = io.StringIO()
try:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("to stderr")
    text = sys.stderr.getvalue()
finally:
    sys.stderr = old
print(": UserWarning: to stderr\n" in text)

# A replaced formatwarning is used for the text.
def fmt(message, category, filename, lineno, line=None):
    return "FMT %s %s\n" % (category.__name__, message)

buf = io.StringIO()
old_fmt = warnings.formatwarning
warnings.formatwarning = fmt
sys.stderr = buf
try:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("formatted")
finally:
    sys.stderr = old
    warnings.formatwarning = old_fmt
print(repr(buf.getvalue()))

wm = warnings.WarningMessage(UserWarning("m"), UserWarning, "a.py", 5)
print(str(wm))
print("end")

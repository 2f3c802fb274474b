# The builtin exception classes CPython 3.12 has: the hierarchy, names, module, repr and str.
import builtins

names = ["BlockingIOError", "ChildProcessError", "InterruptedError", "ProcessLookupError",
         "IndentationError", "TabError", "UnicodeTranslateError",
         "BytesWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
         "PendingDeprecationWarning", "ResourceWarning", "SyntaxWarning", "UnicodeWarning"]
for name in names:
    cls = getattr(builtins, name)
    print(name, cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__])

print(issubclass(TabError, IndentationError), issubclass(TabError, SyntaxError), issubclass(TabError, Exception))
print(issubclass(UnicodeTranslateError, UnicodeError), issubclass(UnicodeTranslateError, ValueError))
print(issubclass(BlockingIOError, OSError), issubclass(BlockingIOError, ConnectionError))
print(issubclass(ResourceWarning, Warning), issubclass(ResourceWarning, DeprecationWarning))
print(issubclass(PendingDeprecationWarning, DeprecationWarning))

e = IndentationError("unexpected indent")
print(repr(e), str(e), e.args)
e = TabError("inconsistent use of tabs")
print(repr(e), str(e))
w = FutureWarning("will change", 3)
print(repr(w), str(w), w.args)
print(repr(ProcessLookupError()), str(ProcessLookupError()))

# OSError(errno, strerror) picks the subclass for the errno, as on Linux.
for errno, text in [(11, "Resource temporarily unavailable"), (114, "Operation already in progress"),
                    (115, "Operation now in progress"), (10, "No child processes"),
                    (4, "Interrupted system call"), (3, "No such process"), (5, "Input/output error")]:
    e = OSError(errno, text)
    print(errno, type(e).__name__, e.errno, e.strerror, str(e))

# They are raised and caught like any other.
try:
    raise InterruptedError(4, "Interrupted system call")
except OSError as e:
    print("caught", type(e).__name__, e)
try:
    raise TabError("tabs")
except SyntaxError as e:
    print("caught", type(e).__name__, e)
try:
    raise SyntaxWarning("odd")
except Warning as e:
    print("caught", type(e).__name__, e)

class MyWarning(ImportWarning):
    pass

print([c.__name__ for c in MyWarning.__mro__])
print(MyWarning("x"), repr(MyWarning("x")))

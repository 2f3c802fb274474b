# warnings: filters, actions, registries, warn_explicit, error action; shown through a replaced showwarning.
import warnings

shown = []


def record(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__))


warnings.showwarning = record


def issue(message, category=None):
    # Every warning from this one line: CPython's "default" action shows a text once per line.
    warnings.warn(message, category)


print(warnings.filters[0], len(warnings.filters))
print(warnings.defaultaction)

issue("plain")
issue("plain")
issue("dep", DeprecationWarning)
issue("pending", PendingDeprecationWarning)
issue("rt", RuntimeWarning)
issue(UserWarning("instance"))
issue("sub", FutureWarning)
print(shown)
shown.clear()

warnings.simplefilter("ignore", RuntimeWarning)
issue("rt2", RuntimeWarning)
issue("uw2")
print(shown)
shown.clear()

warnings.filterwarnings("error", message="boom")
try:
    issue("boom here")
except UserWarning as e:
    print("raised:", type(e).__name__, e)
try:
    issue("BOOM case", RuntimeWarning)
except RuntimeWarning as e:
    print("raised case-insensitively:", e)
issue("no boom")
print(shown)
shown.clear()

warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("always")
for _ in range(3):
    issue("always shown")
print(len(shown))
shown.clear()

warnings.resetwarnings()
warnings.simplefilter("once")
for text in ("a", "a", "b", "a"):
    issue(text)
print(shown)
shown.clear()

warnings.resetwarnings()
warnings.simplefilter("module")
for text in ("m", "m", "n"):
    issue(text)
print(shown)
shown.clear()

# warn_explicit with its own registry and location.
warnings.resetwarnings()
reg = {}
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 10, registry=reg)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 10, registry=reg)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 11, registry=reg)
print(shown, sorted(k for k in reg if k != "version"))
shown.clear()
warnings.filterwarnings("ignore", module="some")
warnings.warn_explicit("explicit2", UserWarning, "somefile.py", 12)
warnings.filterwarnings("ignore", lineno=13)
warnings.warn_explicit("explicit3", UserWarning, "other.py", 13)
warnings.warn_explicit("explicit4", UserWarning, "other.py", 14)
print(shown)
shown.clear()

# Filters: order and duplicates.
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.simplefilter("error")
warnings.simplefilter("ignore")
print([f[0] for f in warnings.filters])
warnings.simplefilter("default", append=True)
warnings.simplefilter("default", append=True)
print([f[0] for f in warnings.filters])

for bad in (lambda: warnings.simplefilter("bogus"), lambda: warnings.filterwarnings("ignore", category=int),
            lambda: warnings.simplefilter("ignore", lineno=-1)):
    try:
        bad()
    except AssertionError as e:
        print("AssertionError:", e)
for bad in (lambda: issue("x", int), lambda: issue("x", 5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# A Warning subclass of the program's own.
class MyWarning(UserWarning):
    pass

warnings.resetwarnings()
warnings.filterwarnings("error", category=MyWarning)
try:
    issue("mine", MyWarning)
except MyWarning as e:
    print("MyWarning raised:", e)
issue("parent class is not filtered", UserWarning)
print(shown)
print([c.__name__ for c in (Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
                            RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
                            ResourceWarning, EncodingWarning) if issubclass(c, Warning)])

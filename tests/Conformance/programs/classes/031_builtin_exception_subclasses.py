# Subclassing builtin exceptions: catching by the builtin base, args, str, repr, extra attributes.
class NotFound(KeyError):
    pass

class BadInput(ValueError):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field

    def __str__(self):
        return "bad value for %s: %r" % (self.field, self.args[1])

class Timeout(OSError):
    pass

class Fatal(BaseException):
    pass

class Retry(RuntimeError):
    attempts = 3

def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    return d[k]

try:
    lookup({"a": 1}, "zz")
except KeyError as e:
    print(type(e).__name__, repr(e), str(e), e.args)
try:
    raise BadInput("age", -4)
except ValueError as e:
    print(type(e).__name__, str(e), e.args, e.field)
    print(repr(e))
try:
    raise Timeout("slow")
except OSError as e:
    print("OSError caught:", type(e).__name__, e)
try:
    try:
        raise Fatal("stop")
    except Exception:
        print("not here")
except BaseException as e:
    print("BaseException caught:", repr(e))
try:
    raise Retry
except RuntimeError as e:
    print(repr(e), str(e) == "", e.attempts, e.args)
for exc in [NotFound("x"), BadInput("f", 1), Timeout(), Retry("r")]:
    print(type(exc).__name__, [c.__name__ for c in type(exc).__mro__])
errors = [ZeroDivisionError, IndexError, NotFound, BadInput]
caught = []
for cls in errors:
    try:
        if cls is BadInput:
            raise cls("n", 0)
        raise cls("boom")
    except LookupError as e:
        caught.append(("lookup", type(e).__name__))
    except ArithmeticError as e:
        caught.append(("arith", type(e).__name__))
    except Exception as e:
        caught.append(("other", type(e).__name__))
print(caught)
e = NotFound("k")
e.extra = 5
print(e.extra, e.args, isinstance(e, LookupError))
print(issubclass(NotFound, Exception), NotFound.__bases__, BadInput.__name__)

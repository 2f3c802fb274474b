# User exception hierarchies with custom __init__/__str__/__repr__, args, and exceptions subclassing builtins.

class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[E{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class NotFound(AppError, LookupError):
    code = 404


class Invalid(AppError, ValueError):
    code = 422

    def __init__(self, field, value):
        super().__init__(f"bad {field}", detail=f"got {value!r}")
        self.field = field


class Retryable(AppError):
    def __init__(self, message, attempts=0):
        super().__init__(message)
        self.attempts = attempts

    def __repr__(self):
        return f"Retryable(attempts={self.attempts})"


errors = [NotFound("user 7"), Invalid("age", -3), AppError("plain"), Retryable("net", 3)]
for e in errors:
    print(type(e).__name__, "|", str(e), "|", e.args, "|", repr(e) if isinstance(e, Retryable) else e.code)
print([c.__name__ for c in NotFound.__mro__])
print([isinstance(e, LookupError) for e in errors], [isinstance(e, ValueError) for e in errors])

def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(f"key {key}", detail="table has " + ",".join(sorted(table))) from None


for handler in (LookupError, AppError, Exception):
    try:
        lookup({"a": 1, "b": 2}, "z")
    except handler as e:
        print("caught by", handler.__name__, "->", e, "| cause:", e.__cause__, "| suppressed:", e.__suppress_context__)

try:
    raise Invalid("email", "x@")
except ValueError as e:
    print("as ValueError:", e, e.field, e.detail)

try:
    try:
        raise Retryable("timeout", 2)
    except AppError as first:
        raise Invalid("retry", first.args) from first
except Invalid as e:
    print("chained:", e, "<-", repr(e.__cause__), e.__cause__.args)


class Stop(StopIteration):
    pass


def gen():
    yield 1
    return "done"


g = gen()
next(g)
try:
    next(g)
except StopIteration as s:
    print("StopIteration value:", s.value, s.args)
try:
    raise Stop("custom", 2)
except StopIteration as s:
    print(type(s).__name__, s.value, s.args, isinstance(s, Exception))
print(KeyError("k"), str(KeyError("k")), repr(KeyError("k", 1)), IndexError(), repr(ValueError()))

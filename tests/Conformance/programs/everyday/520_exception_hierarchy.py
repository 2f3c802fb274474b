# Custom exception hierarchies: args, __str__, attributes, catching by base class, re-raising, chaining.
class AppError(Exception):
    """Base of everything the app raises."""
    code = 1
    def describe(self):
        return f"[{type(self).__name__}/{self.code}] {self}"

class ValidationError(AppError, ValueError):
    code = 2
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"

class NotFound(AppError, LookupError):
    code = 3

class PermissionDenied(AppError):
    code = 4
    def __init__(self, user, action="access"):
        self.user = user
        self.action = action
        super().__init__(f"{user} may not {action}")

class RetryableError(AppError):
    def __init__(self, *args, attempts=0):
        super().__init__(*args)
        self.attempts = attempts

errors = [ValidationError("age", "must be positive"), NotFound("user 42"), PermissionDenied("bob", "delete"),
          RetryableError("timeout", 30, attempts=3), AppError(), AppError("a", "b")]
for e in errors:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args, "|", e.describe())
print([type(e).__mro__[1].__name__ for e in errors])
print(isinstance(errors[0], ValueError), isinstance(errors[1], LookupError), issubclass(NotFound, KeyError),
      issubclass(ValidationError, (KeyError, ValueError)), ValidationError.__mro__[1:3])

def handle(exc):
    try:
        raise exc
    except ValidationError as e:
        return f"validation on {e.field}"
    except LookupError as e:
        return f"lookup: {e.args[0]}"
    except (PermissionDenied, RetryableError) as e:
        return f"{type(e).__name__} code {e.code}"
    except AppError:
        return "generic app error"
for e in errors:
    print(handle(e))
print(handle(KeyError("k")) if False else "skip builtin")
try:
    handle(TypeError("not ours"))
except TypeError as e:
    print("escaped:", repr(e))

def load(key, store):
    try:
        return store[key]
    except KeyError as e:
        raise NotFound(f"no record {key!r}") from e

try:
    load("x", {})
except NotFound as e:
    print(e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)

def parse_age(text):
    try:
        n = int(text)
    except ValueError:
        raise ValidationError("age", f"{text!r} is not a number")
    if n < 0:
        raise ValidationError("age", "must be positive") from None
    return n
for t in ["42", "-1", "abc"]:
    try:
        print(parse_age(t))
    except ValidationError as e:
        print("ValidationError:", e, "| cause:", e.__cause__, "| context:", type(e.__context__).__name__, e.__suppress_context__)

def reraise():
    try:
        1 / 0
    except ZeroDivisionError as e:
        e.note = "annotated"
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print("re-raised", e, e.note)
e = PermissionDenied("eve")
e.args = ("custom", "args")
print(str(e), e.args, e.user)
try:
    raise NotFound
except NotFound as e:
    print("class raised:", repr(e), e.args, str(e) == "")
try:
    try:
        raise ValidationError("x", "first")
    finally:
        print("finally runs before the handler")
except AppError as e:
    print("outer caught", e.describe())

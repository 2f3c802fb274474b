# User exception hierarchies, raise ... from ..., __cause__, __context__, __suppress_context__.
class AppError(Exception):
    def __init__(self, message, code=0):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return "[%d] %s" % (self.code, self.args[0])

class ConfigError(AppError):
    pass

class ParseError(ConfigError):
    def __init__(self, line, text):
        super().__init__("cannot parse line %d: %r" % (line, text), code=2)
        self.line = line

def parse(lines):
    result = {}
    for i, line in enumerate(lines, 1):
        try:
            key, value = line.split("=")
            result[key.strip()] = int(value)
        except ValueError as e:
            raise ParseError(i, line) from e
    return result

print(parse(["a = 1", "b=2"]))
try:
    parse(["a = 1", "oops"])
except ConfigError as e:
    print(repr(e), "|", e, "|", e.code, e.line)
    print("cause:", repr(e.__cause__), type(e.__cause__).__name__)
    print("suppress:", e.__suppress_context__, "context is cause:", e.__context__ is e.__cause__)

def load():
    try:
        {}["missing"]
    except KeyError:
        raise AppError("load failed", 7)

try:
    load()
except AppError as e:
    print(repr(e), str(e))
    print("cause:", e.__cause__, "context:", repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise RuntimeError("wrapped") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

class Plain(Exception):
    pass

e = Plain("a", 1, [2])
print(repr(e), str(e), e.args, len(e.args))
print(repr(Plain()), str(Plain()), repr(Plain("one")), str(Plain("one")))
print(issubclass(ParseError, AppError), issubclass(ParseError, Exception), issubclass(AppError, ValueError))
try:
    raise ParseError(3, "x")
except (KeyError, AppError) as err:
    print("caught", type(err).__name__, err)
errors = []
for cls in [AppError, ConfigError, ParseError]:
    try:
        if cls is ParseError:
            raise cls(9, "zz")
        raise cls("msg", 1)
    except AppError as err:
        errors.append((type(err).__name__, str(err)))
print(errors)

# A user exception hierarchy with extra attributes, __str__, args, raise ... from ..., __cause__,
# __context__, and except clauses that catch by base class and tuple.


class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return base if self.detail is None else "%s (%s)" % (base, self.detail)


class ConfigError(AppError):
    code = 2


class MissingKey(ConfigError, KeyError):
    code = 3


class NetworkError(AppError):
    code = 4


def load(config, key):
    try:
        return config[key]
    except KeyError as e:
        raise MissingKey("missing %r" % key, detail="keys: %s" % sorted(config)) from e


config = {"host": "h", "port": 80}
for key in ["host", "user"]:
    try:
        print("value:", load(config, key))
    except ConfigError as e:
        print(type(e).__name__, e, e.code, e.args, repr(e.detail))
        print("cause:", type(e.__cause__).__name__, e.__cause__, "context is cause:", e.__context__ is e.__cause__)
        print(isinstance(e, KeyError), isinstance(e, LookupError), [c.__name__ for c in type(e).__mro__])

errors = [NetworkError("down"), ConfigError("bad", detail="x=1"), ValueError("v"), MissingKey("m")]
for err in errors:
    try:
        raise err
    except (NetworkError, ValueError) as e:
        print("network or value:", repr(e), str(e))
    except KeyError as e:
        print("key error:", e.args, str(e))
    except AppError as e:
        print("app error:", e, e.code)


def chain():
    try:
        {}["k"]
    except KeyError:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise NetworkError("wrapped") from None


try:
    chain()
except NetworkError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
    print(type(e.__context__.__context__).__name__)

e = AppError("plain")
print(e.args, str(e), repr(e), e.detail, AppError("a", detail=0))
print(issubclass(MissingKey, (NetworkError, LookupError)), MissingKey.__bases__)

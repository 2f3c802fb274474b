# raise ... from ..., implicit context, and exception attributes in handlers.
class ParseError(Exception):
    pass

def parse_int(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f"bad number {text!r}") from e

def parse_all(items):
    results = []
    for item in items:
        try:
            results.append(parse_int(item))
        except ParseError as e:
            results.append(f"{e} (cause: {type(e.__cause__).__name__}: {e.__cause__})")
    return results

for r in parse_all(["1", "x2", "30", ""]):
    print(r)

def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")

try:
    implicit()
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__, e.__suppress_context__)

try:
    try:
        raise ValueError("first")
    except ValueError as e:
        raise TypeError("second") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))

err = ParseError("custom", 42)
print(err.args, str(err), repr(err), isinstance(err, Exception))
try:
    raise ParseError
except ParseError as e:
    print("raised class:", repr(e), e.args)

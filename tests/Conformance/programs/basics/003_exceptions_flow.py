# Exceptions: raising, catching by base class, finally, re-raise and messages.
def divide(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    finally:
        print("finally for", a, b)

print(divide(10, 2))
print(divide(1, 0))

def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        print("missing key", repr(e))
        raise

try:
    lookup({"a": 1}, "b")
except LookupError as e:
    print("outer caught", type(e).__name__, e.args)

errors = []
for value in ["12", "x", "3.5", None, "7"]:
    try:
        errors.append(int(value))
    except ValueError as e:
        errors.append(str(e))
    except TypeError as e:
        errors.append("type: " + str(e))
print(errors)

def nested(n):
    try:
        if n == 0:
            raise IndexError("bottom")
        return nested(n - 1)
    finally:
        print("unwind", n)

try:
    nested(3)
except IndexError as e:
    print("got", e)

try:
    [1, 2, 3][10]
except IndexError as e:
    print(e)
try:
    {}["k"]
except KeyError as e:
    print(repr(e))
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    raise ValueError("bad", 42)
except ValueError as e:
    print(e.args, str(e))

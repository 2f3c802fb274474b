# try/except/else/finally with return, break and continue inside.
def classify(v):
    try:
        r = 10 // v
    except ZeroDivisionError:
        return "zero"
    except TypeError as e:
        return f"type: {e}"
    else:
        return f"ok {r}"
    finally:
        print("  finally for", repr(v))

for v in (2, 0, "s"):
    print(classify(v))

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

print(finally_overrides())

def loop_control():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out

print(loop_control())

def nested():
    log = []
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            log.append(f"caught {e}")
            raise KeyError("outer") from e
        finally:
            log.append("inner finally")
    except KeyError as e:
        log.append(f"caught {e!r} cause={e.__cause__!r}")
    finally:
        log.append("outer finally")
    return log

for line in nested():
    print(line)

def while_with_finally(n):
    count = 0
    while True:
        try:
            n -= 1
            if n < 0:
                break
            if n % 2:
                continue
            count += 1
        finally:
            count += 100
    return count

print(while_with_finally(5))

def reraise():
    try:
        int("x")
    except ValueError:
        print("logging, then re-raising")
        raise

try:
    reraise()
except ValueError as e:
    print("outer got:", e)

def exception_variable_cleared():
    try:
        raise RuntimeError("gone")
    except RuntimeError as err:
        pass
    try:
        return err
    except NameError as e:
        return f"NameError: {e}"

print(exception_variable_cleared())

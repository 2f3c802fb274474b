# An exception raised by a call: exception(), result() re-raising it, exception chaining kept.
from concurrent.futures import ThreadPoolExecutor


class AppError(Exception):
    def __init__(self, code):
        super().__init__("app failed with %d" % code)
        self.code = code


def fails(kind):
    if kind == 'value':
        raise ValueError("bad value")
    if kind == 'key':
        return {}['missing']
    if kind == 'zero':
        return 1 / 0
    if kind == 'app':
        raise AppError(42)
    if kind == 'chained':
        try:
            [][1]
        except IndexError as e:
            raise RuntimeError("wrapped") from e
    return kind


with ThreadPoolExecutor(2) as pool:
    for kind in ['value', 'key', 'zero', 'app', 'chained', 'fine']:
        f = pool.submit(fails, kind)
        exc = f.exception()
        print(kind, type(exc).__name__, exc)
        try:
            print("result:", f.result())
        except Exception as e:
            print("raised:", type(e).__name__, e, e is exc)
            if isinstance(e, AppError):
                print("code", e.code)
            if e.__cause__ is not None:
                print("cause:", type(e.__cause__).__name__, e.__cause__)
    # The same exception object comes back every time.
    f = pool.submit(fails, 'value')
    errors = []
    for _ in range(3):
        try:
            f.result()
        except ValueError as e:
            errors.append(e)
    print(len(errors), errors[0] is errors[1] is errors[2], f.exception() is errors[0])
    print(f.done(), f.cancelled())
    # BaseException subclasses other than Exception are stored too.
    def exits():
        raise SystemExit(3)
    g = pool.submit(exits)
    print(type(g.exception()).__name__, g.exception().code)
    def interrupts():
        raise KeyboardInterrupt("stop")
    h = pool.submit(interrupts)
    try:
        h.result()
    except KeyboardInterrupt as e:
        print("KeyboardInterrupt", e)
print("pool still usable until shutdown")

# Coroutines and exceptions: try/except/finally around awaits, throw() and close() on coroutines.
async def risky(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x * 2

async def guarded(x):
    try:
        value = await risky(x)
    except ValueError as e:
        print("guarded caught", e)
        return -1
    else:
        print("guarded ok", value)
        return value
    finally:
        print("guarded finally for", x)

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

print(run(guarded(5)))
print(run(guarded(-3)))

async def layered(depth):
    if depth == 0:
        raise KeyError("bottom")
    try:
        return await layered(depth - 1)
    finally:
        print("unwinding level", depth)

try:
    run(layered(3))
except KeyError as e:
    print("surfaced", repr(e))

async def convert():
    try:
        await risky(-1)
    except ValueError as e:
        raise RuntimeError("converted") from e

try:
    run(convert())
except RuntimeError as e:
    print(repr(e), "from", repr(e.__cause__))

c = guarded(1)
try:
    c.throw(IndexError("thrown before start"))
except IndexError as e:
    print("throw on a new coroutine:", e)
print(c.close())
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def uses_results():
    results = []
    for x in [3, -1, 4]:
        try:
            results.append(await risky(x))
        except ValueError:
            results.append(None)
    return results

print(run(uses_results()))

async def stop_inside():
    raise StopIteration("oops")

try:
    run(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

async def awaits_twice(c):
    first = await c
    return first

shared = risky(10)
print(run(awaits_twice(shared)))
try:
    run(awaits_twice(shared))
except RuntimeError as e:
    print("RuntimeError:", e)

# Exceptions inside generators: raised to the consumer, thrown in, caught inside, cleanup on close.
def numbers(limit):
    for i in range(limit):
        if i == 3:
            raise ValueError(f"bad value at {i}")
        yield i

try:
    for n in numbers(10):
        print("got", n)
except ValueError as e:
    print("consumer caught:", e)

def resilient(items):
    for item in items:
        try:
            yield 10 / item
        except ZeroDivisionError:
            yield "div0"
print(list(resilient([1, 2, 0, 5])))

def safe_parse(texts):
    for t in texts:
        try:
            value = int(t)
        except ValueError as e:
            print("  skipping:", e)
            continue
        yield value
print(sum(safe_parse(["1", "x", "20", "3.5", "300"])))

def worker():
    total = 0
    while True:
        try:
            item = yield total
        except KeyError as e:
            print("  worker handled KeyError", e)
            total = -1
        except GeneratorExit:
            print("  worker closing with total", total)
            raise
        else:
            total += item
w = worker()
print(next(w), w.send(5), w.send(7))
print(w.throw(KeyError("missing")))
print(w.send(1))
w.close()
print("closed; send now raises:")
try:
    w.send(1)
except StopIteration:
    print("StopIteration")

def unhandled():
    yield 1
    yield 2
g = unhandled()
next(g)
try:
    g.throw(RuntimeError("into the generator"))
except RuntimeError as e:
    print("propagated back:", e)
print(next(g, "exhausted"))

def with_return():
    yield "a"
    return "the result"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)

def stop_inside():
    yield 1
    raise StopIteration("manual")
try:
    print(list(stop_inside()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def cleanup():
    try:
        yield "resource"
    finally:
        print("  cleanup ran")
for r in cleanup():
    print("using", r)
    break
print("after break")
def delegate():
    try:
        result = yield from numbers(5)
    except ValueError as e:
        print("  delegator saw", e)
        yield "recovered"
print(list(delegate()))

def ignore_exit():
    while True:
        try:
            yield
        except GeneratorExit:
            print("  ignoring close (bad)")
            yield "oops"
g = ignore_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

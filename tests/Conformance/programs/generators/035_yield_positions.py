# yield as an expression in many positions: assignments, arithmetic, calls, conditions, loops, with/finally.
def in_arithmetic():
    total = (yield "first") + (yield "second")
    yield "total %s" % total

g = in_arithmetic()
print(next(g), g.send(10), g.send(32))

def in_call():
    print("received", (yield), "and", (yield))
    yield "done"

g = in_call()
next(g)
g.send("x")
print(g.send("y"))

def in_condition():
    while (yield "ready?"):
        print("  looping")
    yield "stopped"

g = in_condition()
print(next(g), g.send(True), g.send(1), g.send(0))

def in_containers():
    pair = [(yield "a"), (yield "b")]
    mapping = {"k": (yield "c")}
    yield pair, mapping

g = in_containers()
print(next(g), g.send(1), g.send(2), g.send(3))

def bare_yields():
    x = yield
    y = yield
    yield x, y

g = bare_yields()
print(next(g), g.send("p"), g.send("q"))

def yield_in_loop_with_finally(n):
    for i in range(n):
        try:
            yield i
        finally:
            print("  finally", i)

print(list(yield_in_loop_with_finally(3)))

def yield_in_else():
    for i in range(2):
        yield i
    else:
        yield "for-else"
    while False:
        pass
    else:
        yield "while-else"

print(list(yield_in_else()))

def yield_in_nested_try():
    try:
        try:
            yield 1
            raise ValueError("inner")
        except ValueError:
            yield 2
        finally:
            yield 3
    finally:
        yield 4

print(list(yield_in_nested_try()))

def conditional_yield(flag):
    result = (yield "yes") if flag else "no yield"
    yield result

print(list(conditional_yield(True)), list(conditional_yield(False)))

def yield_tuple():
    yield 1, 2
    yield (3, 4)
    a = yield 5, 6
    yield a

print(list(yield_tuple()))

def returns_early(items):
    for item in items:
        if item is None:
            return "hit None"
        yield item
    return "no None"

g = returns_early([1, 2, None, 3])
print(list(g))
try:
    next(returns_early([]))
except StopIteration as e:
    print(e.value)

# send() and throw() forwarded through a chain of yield from delegations.
def leaf(name):
    received = []
    while True:
        try:
            value = yield "%s has %d" % (name, len(received))
        except ValueError as e:
            print(name, "handled", e)
            continue
        if value == "stop":
            return received
        received.append(value)

def middle():
    got = yield from leaf("leaf1")
    print("middle got", got)
    more = yield from leaf("leaf2")
    return got + more

def top():
    try:
        result = yield from middle()
    except KeyError as e:
        print("top caught", repr(e))
        result = "recovered"
    yield "top result: %s" % (result,)

t = top()
print(next(t))
print(t.send("a"))
print(t.send("b"))
print(t.throw(ValueError("v1")))
print(t.send("stop"))
print(t.send("c"))
print(t.send("stop"))

t2 = top()
next(t2)
print(t2.send("x"))
print(t2.throw(KeyError("k")))
print(next(t2, "end"))

def closer(name, log):
    try:
        yield name
        yield name + " again"
    finally:
        log.append("closed " + name)

def outer_closer(log):
    try:
        yield from closer("inner", log)
    finally:
        log.append("closed outer")

log = []
oc = outer_closer(log)
print(next(oc))
oc.close()
print(log)

def sub_returns_on_throw():
    try:
        yield 1
    except RuntimeError:
        return "sub returned after throw"

def outer_returns():
    value = yield from sub_returns_on_throw()
    yield value

o = outer_returns()
next(o)
print(o.throw(RuntimeError))

def sub_raises_on_throw():
    try:
        yield 1
    except RuntimeError:
        raise LookupError("translated")

def outer_catches():
    try:
        yield from sub_raises_on_throw()
    except LookupError as e:
        yield "outer saw " + repr(e)

o2 = outer_catches()
next(o2)
print(o2.throw(RuntimeError("boom")))

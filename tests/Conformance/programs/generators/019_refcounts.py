# A generator's frame owns its locals: references are released when it is exhausted, closed or dropped.
import sys

data = [1, 2, 3]
base = sys.getrefcount(data)
print("base", base - base)

def hold(seq):
    for item in seq:
        yield item

g = hold(data)
print("created", sys.getrefcount(data) - base)
next(g)
print("running", sys.getrefcount(data) - base)
list(g)
print("exhausted", sys.getrefcount(data) - base)
del g

g = hold(data)
next(g)
g.close()
print("closed", sys.getrefcount(data) - base)
del g

g = hold(data)
next(g)
del g
print("dropped while suspended", sys.getrefcount(data) - base)

gx = (x for x in data)
print("genexpr created", sys.getrefcount(data) - base)
next(gx)
print("genexpr running", sys.getrefcount(data) - base)
del gx
print("genexpr dropped", sys.getrefcount(data) - base)

def keeps_local(obj):
    local = obj
    yield 1
    yield 2

k = keeps_local(data)
print("argument and local", sys.getrefcount(data) - base)
next(k)
print("after first yield", sys.getrefcount(data) - base)
next(k)
next(k, None)
print("finished", sys.getrefcount(data) - base)

def raises(obj):
    holder = [obj]
    yield
    raise ValueError("gone")

r = raises(data)
next(r)
try:
    next(r)
except ValueError:
    pass
print("after exception", sys.getrefcount(data) - base)

def delegating(obj):
    yield from hold(obj)

d = delegating(data)
next(d)
print("delegating", sys.getrefcount(data) - base)
d.close()
print("delegation closed", sys.getrefcount(data) - base)

sent = [9]
sbase = sys.getrefcount(sent)
def stores():
    x = yield
    yield

st = stores()
next(st)
st.send(sent)
print("sent value held", sys.getrefcount(sent) - sbase)
st.close()
print("sent value released", sys.getrefcount(sent) - sbase)

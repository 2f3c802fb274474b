# The asynchronous generator protocol driven by hand: asend values, StopAsyncIteration at the end, reused and
# concurrent awaitables, athrow and aclose (before the start, twice, ignoring GeneratorExit, while suspended in an
# await), StopIteration and StopAsyncIteration raised inside, the ABCs, and sys.set_asyncgen_hooks.
import asyncio, sys

def run(aw):
    # Drive an awaitable by hand: its yields, then its value or error.
    steps = []
    try:
        while True:
            steps.append(aw.send(None))
    except StopIteration as e:
        return ('value', e.value, steps)
    except BaseException as e:
        return (type(e).__name__, str(e), steps)

async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
            if v == 'stop':
                return
    finally:
        print('echo finally', received)

g = echo()
print(run(g.asend(None)))
print(run(g.asend('a')))
print(run(g.__anext__()))
print(run(g.asend('stop')))
print(run(g.asend('again')))
print(run(g.aclose()))

# asend with a non-None first value
g = echo()
print(run(g.asend(1)))
g.aclose().close()

# An awaitable reused
g = echo()
a = g.__anext__()
print(run(a))
print(run(a))
print(run(g.aclose()))

# aclose before the start, twice, athrow after close
g = echo()
print(run(g.aclose()), run(g.aclose()), run(g.athrow(ValueError)))

# athrow forms
async def catcher():
    while True:
        try:
            yield 'ready'
        except Exception as e:
            print('caught', type(e).__name__, e.args)
g = catcher()
print(run(g.__anext__()))
print(run(g.athrow(KeyError)))
print(run(g.athrow(KeyError('k'))))
print(run(g.athrow(KeyError('x'))))
print(run(g.athrow(TypeError('a', 'b'))))
print(run(g.athrow()))
print(run(g.athrow(ValueError)))
try:
    g.asend()
except TypeError as e:
    print('TypeError', e)
try:
    g.__anext__(1)
except TypeError as e:
    print('TypeError', e)
print(run(g.aclose()))

# An await inside: its yields pass through the awaitable
class Ping:
    def __await__(self):
        got = yield 'ping'
        return got
async def awaiting():
    r = await Ping()
    yield ('after ping', r)
g = awaiting()
s = g.__anext__()
print(s.send(None))
try:
    s.send('pong')
except StopIteration as e:
    print('value', e.value)
print(run(g.__anext__()))

# A second __anext__ while the first is suspended in an await
g = awaiting()
s1 = g.__anext__()
print(s1.send(None))
print(run(g.__anext__()))
print(g.ag_running, type(g.ag_await).__name__)
s1.close()

# aclose while suspended in an await: GeneratorExit goes into the awaited object
class Slow:
    def __await__(self):
        try:
            yield 'slow'
        except GeneratorExit:
            print('Slow got GeneratorExit')
            raise
async def slow_gen():
    try:
        await Slow()
        yield 1
    finally:
        print('slow_gen finally')
g = slow_gen()
s = g.__anext__()
print(s.send(None))
print(run(g.aclose()))
try:
    s.throw(GeneratorExit)
except GeneratorExit:
    print('GeneratorExit out of the awaitable', g.ag_running)
del s

# StopIteration raised inside
async def stopper():
    yield 1
    raise StopIteration('x')
g = stopper()
print(run(g.__anext__()))
print(run(g.__anext__()))

# return inside a loop ends it
async def early():
    for i in range(3):
        if i == 2:
            return
        yield i
async def collect():
    return [x async for x in early()]
print(asyncio.run(collect()))

# repr, types, attributes
async def named(): yield 1
g = named()
print(repr(g).split(' at ')[0], type(g.__anext__()).__name__, type(g.aclose()).__name__, g.__name__)
print(hasattr(g, '__aiter__'), g.__aiter__() is g, hasattr(g, '__iter__'))
try:
    iter(g)
except TypeError as e:
    print('TypeError', e)
try:
    async def user():
        await named()
    run(user())
except Exception as e:
    print(type(e).__name__, e)
print(run(user()))
import collections.abc as abc
print(isinstance(g, abc.AsyncGenerator), isinstance(g, abc.AsyncIterator), isinstance(g.__anext__(), abc.Coroutine))

# hooks
def firstiter(agen):
    print('firstiter', agen.__name__)
def finalizer(agen):
    print('finalizer', agen.__name__)
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter, finalizer)
h = sys.get_asyncgen_hooks()
print(h.firstiter is firstiter, h[1] is finalizer, len(h))
g = echo()
print(run(g.__anext__()))
del g
print('after del')
g = echo()
del g
print('never iterated')
sys.set_asyncgen_hooks(*old)
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print('TypeError', e)
g = echo()
print(run(g.__anext__()))
del g
print('closed without hooks')

# Asynchronous generators under asyncio (PEP 525): async for over them, nested, in comprehensions and as an
# asynchronous generator expression, __anext__/asend/anext/aclose awaited, and the loop's hooks: one left by a break
# is closed by the aclose() task the loop's finalizer hook schedules.
import asyncio

async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print('ticker finally', n)

async def squares(agen):
    async for x in agen:
        yield x * x

async def main():
    async for v in ticker(3):
        print('got', v)
    print([x async for x in squares(ticker(4))])
    g = ticker(10)
    print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_await, g.ag_suspended)
    print(await g.__anext__(), await g.asend(None), await anext(g))
    await g.aclose()
    print(await anext(g, 'done'))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('StopAsyncIteration')
    agen = (x * 2 async for x in ticker(3))
    print(type(agen).__name__, [y async for y in agen])
    # break out: the loop's finalizer hook schedules aclose()
    async for v in ticker(5):
        if v == 1:
            break
    print('after break')
    await asyncio.sleep(0)
    print('after sleep')

asyncio.run(main())

# Driven by hand, without an event loop.
async def plain():
    yield 1
    yield 2
a = plain()
s = a.__anext__()
try:
    s.send(None)
except StopIteration as e:
    print('value', e.value)
try:
    a.asend(5).send(None)
except StopIteration as e:
    print('value', e.value)
try:
    a.asend(None).send(None)
except StopAsyncIteration:
    print('exhausted')
async def thrower():
    try:
        yield 1
    except ValueError as e:
        print('caught', e)
        yield 2
t = thrower()
try: t.__anext__().send(None)
except StopIteration as e: print(e.value)
try: t.athrow(ValueError('boom')).send(None)
except StopIteration as e: print('athrow gave', e.value)
try: t.aclose().send(None)
except StopIteration: print('closed')
async def stubborn():
    try:
        yield 1
    finally:
        yield 2
st = stubborn()
try: st.__anext__().send(None)
except StopIteration as e: print(e.value)
try: st.aclose().send(None)
except RuntimeError as e: print('RuntimeError', e)
async def bad():
    raise StopAsyncIteration
    yield
try: bad().__anext__().send(None)
except RuntimeError as e: print('RuntimeError', e, type(e.__cause__).__name__)
import sys
print(sys.get_asyncgen_hooks())

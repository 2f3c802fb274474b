# asyncio.run: the value it returns, the loop it makes and closes, and its errors.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def main(tag):
    loop = asyncio.get_running_loop()
    print(tag, "running loop:", loop)
    print(tag, "same as get_event_loop:", asyncio.get_event_loop() is loop)
    print(tag, "is_running:", loop.is_running(), "is_closed:", loop.is_closed())
    total = 0
    for i in range(5):
        total = await add(total, i)
        print(tag, "partial sum", total)
    c = add(1, 2)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(tag, "nested run:", e)
    c.close()
    inner = add(3, 4)
    try:
        loop.run_until_complete(inner)
    except RuntimeError as e:
        print(tag, "run_until_complete inside:", e)
    print(tag, "awaiting the coroutine anyway:", await inner)
    return total, loop


result, loop1 = asyncio.run(main("first"))
print("result", result)
print("loop closed afterwards:", loop1.is_closed(), loop1)

result2, loop2 = asyncio.run(main("second"))
print("second run made a new loop:", loop2 is not loop1, result2)

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)

try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("get_event_loop after run:", e)

for bad in (5, None, add):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", str(e).split(" at 0x")[0])


async def fails():
    await asyncio.sleep(0)
    raise KeyError("from main")

try:
    asyncio.run(fails())
except KeyError as e:
    print("run re-raises:", repr(e))


async def returns_none():
    pass

print("returns", asyncio.run(returns_none()))

with asyncio.Runner() as runner:
    print("runner 1:", runner.run(add(10, 20)))
    print("runner 2:", runner.run(add(30, 40)))
    print("runner loop is open:", not runner.get_loop().is_closed())
c = add(1, 1)
try:
    runner.run(c)
except RuntimeError as e:
    print("closed runner:", e)
c.close()

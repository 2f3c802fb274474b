# as_completed: results in completion order (driven by events, not clocks), errors, timeout.
import asyncio


async def waits_for(gate, value, error=None):
    await gate.wait()
    if error is not None:
        raise error
    return value


async def releaser(gates, order):
    for name in order:
        await asyncio.sleep(0)
        gates[name].set()


async def main():
    gates = {n: asyncio.Event() for n in "abcd"}
    coros = [waits_for(gates[n], n.upper()) for n in "abcd"]
    asyncio.create_task(releaser(gates, "cadb"))
    got = []
    for nxt in asyncio.as_completed(coros):
        got.append(await nxt)
    print("completion order:", got)

    gates = {n: asyncio.Event() for n in "xyz"}
    tasks = [asyncio.create_task(waits_for(gates["x"], 1)),
             asyncio.create_task(waits_for(gates["y"], 2, KeyError("y failed"))),
             asyncio.create_task(waits_for(gates["z"], 3))]
    asyncio.create_task(releaser(gates, "yzx"))
    for nxt in asyncio.as_completed(tasks):
        try:
            print("got", await nxt)
        except KeyError as e:
            print("error in order:", repr(e))

    gates = {n: asyncio.Event() for n in "pq"}
    tasks = [asyncio.create_task(waits_for(gates["p"], "p")),
             asyncio.create_task(waits_for(gates["q"], "q"))]
    gates["q"].set()
    results = []
    try:
        for nxt in asyncio.as_completed(tasks, timeout=0.1):
            results.append(await nxt)
    except TimeoutError:
        print("timeout after", results)
    gates["p"].set()
    print("the slow task still finishes:", await tasks[0])

    it = asyncio.as_completed([asyncio.sleep(0, "only")])
    print("iterator type:", type(it).__name__)
    print("one item:", [await f for f in it])

    empty = list(asyncio.as_completed([]))
    print("empty:", empty)

    lazy = asyncio.as_completed(tasks[0])
    print("errors are raised when iterated:", type(lazy).__name__)
    try:
        next(lazy)
    except TypeError as e:
        print("TypeError:", e)

    done_first = asyncio.create_task(asyncio.sleep(0, "already"))
    await asyncio.sleep(0)
    print([await f for f in asyncio.as_completed([done_first])])

    total = 0
    order = []
    gates = [asyncio.Event() for _ in range(6)]

    async def square(i):
        await gates[i].wait()
        return i * i

    async def release_backwards():
        for i in reversed(range(6)):
            gates[i].set()
            await asyncio.sleep(0)

    asyncio.create_task(release_backwards())
    for nxt in asyncio.as_completed([square(i) for i in range(6)]):
        v = await nxt
        order.append(v)
        total += v
    print("squares in completion order:", order, "total:", total)


asyncio.run(main())

# gather: results in argument order, duplicates, futures and tasks mixed, return_exceptions.
import asyncio

log = []


async def job(name, steps, value=None, error=None):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    if error is not None:
        raise error
    return value if value is not None else name.upper()


async def main():
    r = await asyncio.gather(job("a", 3), job("b", 1), job("c", 2))
    print("results:", r)
    print("interleaving:", " ".join(log))
    log.clear()

    print("empty gather:", await asyncio.gather())

    t = asyncio.create_task(job("t", 1))
    r = await asyncio.gather(t, t, job("d", 0))
    print("duplicate task:", r)

    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "from future")
    print("with a future:", await asyncio.gather(f, job("e", 1)))

    r = await asyncio.gather(job("x", 1), job("y", 2, error=ValueError("y failed")),
                             job("z", 3, error=KeyError("z")), return_exceptions=True)
    print("return_exceptions:", [repr(v) for v in r])

    siblings = []
    a = asyncio.create_task(job("p", 1, error=RuntimeError("p failed")))
    b = asyncio.create_task(job("q", 4))
    try:
        await asyncio.gather(a, b)
    except RuntimeError as e:
        print("first error propagates:", e)
        siblings.append(b.done())
    print("sibling still running then:", siblings, "done after await:", await b)

    outer = asyncio.gather(job("n1", 1), asyncio.gather(job("n2", 2), job("n3", 1)))
    print("nested:", await outer)

    r = await asyncio.gather(*[job(f"m{i}", i % 3, value=i * i) for i in range(8)])
    print("many:", r)
    print("log length:", len(log))

    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return "custom awaitable"

    try:
        print(await asyncio.gather(Awaitable(), job("w", 0)))
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.gather(job("ok", 0), 42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

# asyncio.Future by hand: results, exceptions, done callbacks in order, removal, repr, errors.
import asyncio

calls = []


def record(tag):
    def callback(fut):
        state = "cancelled" if fut.cancelled() else (
            f"exception {fut.exception()!r}" if fut.exception() else f"result {fut.result()!r}")
        calls.append(f"{tag}: {state}")
    callback.__qualname__ = f"record_{tag}"
    return callback


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled(), f.get_loop() is loop)
    first, second = record("first"), record("second")
    f.add_done_callback(first)
    f.add_done_callback(second)
    f.add_done_callback(first)
    print("removed:", f.remove_done_callback(first), "again:", f.remove_done_callback(first))
    f.set_result({"k": [1, 2]})
    print("callbacks do not run synchronously:", calls)
    await asyncio.sleep(0)
    print("after one iteration:", calls)
    print(repr(f), f.result())
    f.add_done_callback(record("late"))
    await asyncio.sleep(0)
    print("a callback added when done runs soon:", calls[-1])

    g = loop.create_future()
    g.add_done_callback(record("g"))
    g.set_exception(ValueError("bad value"))
    await asyncio.sleep(0)
    print(repr(g), repr(g.exception()), calls[-1])
    try:
        g.result()
    except ValueError as e:
        print("result() raises:", e)

    h = loop.create_future()
    h.set_exception(KeyError)
    print("exception class is instantiated:", repr(h.exception()))

    c = loop.create_future()
    c.add_done_callback(record("c"))
    print("cancel:", c.cancel("no longer needed"), "again:", c.cancel())
    await asyncio.sleep(0)
    print(repr(c), calls[-1])
    try:
        c.result()
    except asyncio.CancelledError as e:
        print("cancelled result():", e.args)

    for fut, op in ((f, lambda: f.set_result(1)), (g, lambda: g.set_exception(RuntimeError())),
                    (c, lambda: c.set_result(2))):
        try:
            op()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    try:
        loop.create_future().set_exception(StopIteration(5))
    except TypeError as e:
        print("TypeError:", e)

    w = loop.create_future()

    async def setter():
        await asyncio.sleep(0)
        w.set_result("woken")

    asyncio.create_task(setter())
    print("await a future:", await w)
    print("isfuture:", asyncio.isfuture(w), asyncio.isfuture(asyncio.sleep), asyncio.isfuture(5))
    print("Future() in a running loop:", asyncio.Future().get_loop() is loop)

    chained = []
    a = loop.create_future()
    b = loop.create_future()
    a.add_done_callback(lambda fut: b.set_result(fut.result() + 1))
    b.add_done_callback(lambda fut: chained.append(fut.result()))
    a.set_result(41)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("chained through callbacks:", chained)


asyncio.run(main())

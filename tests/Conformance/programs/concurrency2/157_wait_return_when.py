# asyncio.wait: FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and timeouts; done/pending sets.
import asyncio


async def after(steps, value, error=None):
    for _ in range(steps):
        await asyncio.sleep(0)
    if error:
        raise error
    return value


async def forever(gate):
    await gate.wait()
    return "released"


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    gate = asyncio.Event()
    ts = [asyncio.create_task(after(3, "a"), name="a"),
          asyncio.create_task(after(1, "b"), name="b"),
          asyncio.create_task(forever(gate), name="c")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED done:", names(done), "pending:", names(pending))
    done, pending = await asyncio.wait(pending, timeout=0.05)
    print("with timeout done:", names(done), "pending:", names(pending))
    gate.set()
    done, pending = await asyncio.wait(ts)
    print("ALL_COMPLETED done:", names(done), "pending:", names(pending))
    print("results:", [t.result() for t in ts])

    gate.clear()
    ts = [asyncio.create_task(after(2, "x", ValueError("x broke")), name="x"),
          asyncio.create_task(after(1, "y"), name="y"),
          asyncio.create_task(forever(gate), name="z")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION done:", names(done), "pending:", names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print("  ", t.get_name(), repr(t.exception()))
    gate.set()
    await asyncio.wait(pending)

    ok = [asyncio.create_task(after(i, i), name=f"ok{i}") for i in range(3)]
    done, pending = await asyncio.wait(ok, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION without errors waits for all:", names(done), len(pending))

    finished = asyncio.create_task(after(0, "early"), name="early")
    await asyncio.sleep(0)
    done, pending = await asyncio.wait([finished], return_when=asyncio.FIRST_COMPLETED)
    print("already done:", names(done), names(pending))

    gate.clear()
    c = asyncio.create_task(forever(gate), name="cancelled-one")
    await asyncio.sleep(0)
    c.cancel()
    done, pending = await asyncio.wait([c])
    print("cancelled counts as done:", names(done), c.cancelled())

    print("constants:", asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(1)
    done, pending = await asyncio.wait({fut})
    print("a set of futures works:", len(done), done.pop().result())
    for bad in ([], c):
        try:
            await asyncio.wait(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
    coro = after(0, 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    try:
        await asyncio.wait([c], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())

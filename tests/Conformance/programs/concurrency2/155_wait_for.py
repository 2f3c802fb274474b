# wait_for: results before the deadline, TimeoutError after it, the inner awaitable cancelled.
import asyncio

log = []


async def quick(v, steps=2):
    for _ in range(steps):
        await asyncio.sleep(0)
    return v


async def slow(name):
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        log.append(f"{name} was cancelled by the timeout")
        raise
    finally:
        log.append(f"{name} finally")


async def fails():
    await asyncio.sleep(0)
    raise LookupError("inner failure")


async def main():
    print("quick with timeout:", await asyncio.wait_for(quick("q1"), timeout=60))
    print("quick without timeout:", await asyncio.wait_for(quick("q2"), None))
    try:
        await asyncio.wait_for(slow("s1"), 0.05)
    except TimeoutError as e:
        print("TimeoutError:", repr(e), "is asyncio.TimeoutError:", asyncio.TimeoutError is TimeoutError)
        print("cause:", type(e.__cause__).__name__, "context:", type(e.__context__).__name__)
    try:
        await asyncio.wait_for(fails(), 60)
    except LookupError as e:
        print("inner exception passes through:", e)

    t = asyncio.create_task(slow("s2"))
    try:
        await asyncio.wait_for(t, 0.05)
    except TimeoutError:
        print("task after timeout: cancelled", t.cancelled(), "done", t.done())

    t2 = asyncio.create_task(quick("done first", 0))
    await asyncio.sleep(0)
    print("zero timeout on a done task:", await asyncio.wait_for(t2, 0))
    try:
        await asyncio.wait_for(slow("s3"), 0)
    except TimeoutError as e:
        print("zero timeout:", type(e).__name__, "cause:", type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(slow("s4"), -1)
    except TimeoutError:
        print("negative timeout: TimeoutError")

    async def refuses_cancel():
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            log.append("refuses_cancel returns a value instead")
            return "kept"

    print("inner swallowing the cancel:", await asyncio.wait_for(refuses_cancel(), 0.05))

    async def outer():
        return await asyncio.wait_for(slow("s5"), 3600)

    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("cancelling the waiter cancels the inner one too; not a TimeoutError")

    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(f.set_result, "future value")
    print("a plain future:", await asyncio.wait_for(f, 60))
    for line in log:
        print("log:", line)


asyncio.run(main())

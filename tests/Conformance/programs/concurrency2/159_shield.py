# shield: cancelling the outer awaitable leaves the inner task running; the inner's own cancel shows.
import asyncio

log = []


async def important(name, gate):
    log.append(f"{name} started")
    await gate.wait()
    log.append(f"{name} completed")
    return f"{name} result"


async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        log.append("caller was cancelled, inner keeps running")
        raise


async def main():
    gate = asyncio.Event()
    inner = asyncio.create_task(important("job1", gate))
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("caller cancelled:", c.cancelled(), "inner done:", inner.done())
    gate.set()
    print("inner result:", await inner)

    gate2 = asyncio.Event()
    inner2 = asyncio.create_task(important("job2", gate2))
    outer = asyncio.shield(inner2)
    await asyncio.sleep(0)
    inner2.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("inner cancelled -> outer cancelled:", outer.cancelled())

    async def failing():
        await asyncio.sleep(0)
        raise OSError("disk on fire")

    try:
        await asyncio.shield(failing())
    except OSError as e:
        print("exception through shield:", e)

    done = asyncio.create_task(asyncio.sleep(0, "early"))
    await done
    print("shield of a done task is the task:", asyncio.shield(done) is done)

    gate3 = asyncio.Event()
    try:
        await asyncio.wait_for(asyncio.shield(important("job3", gate3)), 0.05)
    except TimeoutError:
        print("wait_for timed out on the shield")
    gate3.set()
    for _ in range(3):
        await asyncio.sleep(0)
    print("job3 finished anyway:", "job3 completed" in log)

    gate4 = asyncio.Event()
    inner4 = asyncio.create_task(important("job4", gate4))
    outer4 = asyncio.shield(inner4)
    print("outer is a plain Future:", type(outer4).__name__, outer4.cancel())
    gate4.set()
    print("inner4 unaffected:", await inner4, "outer4 cancelled:", outer4.cancelled())
    for line in log:
        print("log:", line)


asyncio.run(main())

# Cancelling gather: the outer future cancels its children; a cancelled child cancels the gather.
import asyncio

events = []


async def worker(name, gate):
    try:
        events.append(f"{name} waits")
        await gate.wait()
        events.append(f"{name} passed")
        return name
    except asyncio.CancelledError as e:
        events.append(f"{name} cancelled {e.args}")
        raise
    finally:
        events.append(f"{name} finally")


def flush(title):
    print(title)
    for e in events:
        print("   ", e)
    events.clear()


async def main():
    gate = asyncio.Event()
    g = asyncio.gather(worker("a", gate), worker("b", gate))
    await asyncio.sleep(0)
    print("cancel returns", g.cancel("stop now"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args)
    print("gather cancelled:", g.cancelled())
    flush("outer cancel:")

    t1 = asyncio.create_task(worker("c", gate), name="c")
    t2 = asyncio.create_task(worker("d", gate), name="d")
    g2 = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t1.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print("child cancel reached the gather; gather cancelled:", g2.cancelled())
    print("d still pending:", not t2.done())
    gate.set()
    print("d finishes:", await t2)
    flush("child cancel:")

    gate.clear()
    t3 = asyncio.create_task(worker("e", gate))
    t4 = asyncio.create_task(worker("f", gate))
    g3 = asyncio.gather(t3, t4, return_exceptions=True)
    await asyncio.sleep(0)
    t3.cancel("e no longer needed")
    await asyncio.sleep(0)
    gate.set()
    res = await g3
    print("return_exceptions results:", [type(r).__name__ + repr(getattr(r, "args", r)) for r in res])
    flush("child cancel with return_exceptions:")

    done = asyncio.gather(asyncio.sleep(0, "x"))
    await done
    print("cancel a finished gather:", done.cancel(), done.result())

    gate.clear()
    inner = asyncio.gather(worker("g", gate), worker("h", gate))
    outer_task = asyncio.create_task(asyncio.wait_for(inner, None))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    outer_task.cancel()
    try:
        await outer_task
    except asyncio.CancelledError:
        print("outer task cancelled; inner gather cancelled:", inner.cancelled())
    flush("cancelling the task awaiting a gather:")


asyncio.run(main())

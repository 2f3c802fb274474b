# call_soon FIFO, call_later/call_at in time order, cancelled handles, callbacks scheduling callbacks.
import asyncio

log = []


def cb(name, *args):
    log.append(name if not args else f"{name}{args}")


def chain(loop, n):
    log.append(f"chain {n}")
    if n > 0:
        loop.call_soon(chain, loop, n - 1)


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    print("loop.time() is monotonic:", loop.time() >= now)
    # The order is the timers' deadlines, not the order of the calls.
    loop.call_later(0, cb, "later 0")
    loop.call_later(-5, cb, "later -5")
    loop.call_soon(cb, "soon 1")
    loop.call_soon(cb, "soon 2", 1, 2)
    s = loop.call_soon(cb, "soon 3 (cancelled)")
    print("soon handle:", type(s).__name__, s.cancelled(), end=" ")
    s.cancel()
    print(s.cancelled())
    loop.call_soon(chain, loop, 2)
    loop.call_soon(cb, "soon 4")
    for _ in range(4):
        await asyncio.sleep(0)
    log.append("-- timers --")
    now = loop.time()
    loop.call_at(now + 0.30, cb, "at +0.30")
    loop.call_at(now + 0.10, cb, "at +0.10")
    h = loop.call_at(now + 0.20, cb, "at +0.20 (cancelled)")
    loop.call_at(now + 0.25, cb, "at +0.25")
    print("timer handle:", type(h).__name__, h.cancelled(), end=" ")
    h.cancel()
    h.cancel()
    print(h.cancelled())
    print("when() is the deadline:", round(h.when() - now, 2))
    await asyncio.sleep(0.35)
    while len(log) < 12:
        await asyncio.sleep(0.05)
    for line in log:
        print(line)
    log.clear()

    t1 = loop.call_later(10, cb, "x")
    t2 = loop.call_later(20, cb, "y")
    print("timer handles compare by deadline:", t1 < t2, t2 > t1, t1 <= t1, t1 == t1, t1 != t2)
    t1.cancel()
    t2.cancel()
    print("cancelled repr:", repr(t1).startswith("<TimerHandle cancelled when="))
    print("handle repr starts:", repr(loop.call_soon(cb, "r", 7)).split(" at ")[0].rstrip(">"))
    await asyncio.sleep(0)

    async def task_body(name):
        log.append(f"{name} step 1")
        await asyncio.sleep(0)
        log.append(f"{name} step 2")

    loop.call_soon(cb, "callback before tasks")
    asyncio.create_task(task_body("A"))
    loop.call_soon(cb, "callback between tasks")
    asyncio.create_task(task_body("B"))
    loop.call_soon(cb, "callback after tasks")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for line in log:
        print(line)

    fut = loop.create_future()
    loop.call_later(0.05, fut.set_result, "timer result")
    print(await fut)

    try:
        loop.call_later(None, cb, "x")
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_at(None, cb, "x")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

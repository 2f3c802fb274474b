# asyncio.Event and asyncio.Condition: waking all waiters, notify(n), notify_all, wait_for.
import asyncio

log = []


async def waits_event(ev, name):
    log.append(f"{name} waiting")
    r = await ev.wait()
    log.append(f"{name} woke ({r})")


async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    ts = [asyncio.create_task(waits_event(ev, f"e{i}")) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    ev.set()
    await asyncio.gather(*ts)
    print("after set:", ev.is_set(), "wait returns at once:", await ev.wait())
    ev.clear()
    print("after clear:", ev.is_set())
    t = asyncio.create_task(waits_event(ev, "late"))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await t
    print("set then clear still wakes the waiter:", log[-1])

    cond = asyncio.Condition()
    items = []

    async def consumer(name):
        async with cond:
            log.append(f"{name} waits for an item")
            await cond.wait_for(lambda: items)
            log.append(f"{name} takes {items.pop(0)}")

    async def waiter(name):
        async with cond:
            r = await cond.wait()
            log.append(f"{name} notified ({r}), holds lock: {cond.locked()}")

    log.clear()
    cs = [asyncio.create_task(consumer(f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for item in ("x", "y", "z"):
        async with cond:
            items.append(item)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)

    ws = [asyncio.create_task(waiter(f"w{i}")) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log.append(f"after notify(2): {sum(t.done() for t in ws)} done")
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    for line in log:
        print(line)

    for fn in (cond.wait(), ):
        try:
            await fn
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print("RuntimeError:", e)

    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with shared:
        print("shared lock held:", lock.locked(), shared.locked())
    print("released:", lock.locked())

    async def cancelled_waiter():
        async with shared:
            await shared.wait()

    cw = asyncio.create_task(cancelled_waiter())
    await asyncio.sleep(0)
    cw.cancel()
    try:
        await cw
    except asyncio.CancelledError:
        print("cancelled wait re-acquired and released the lock:", not lock.locked())


asyncio.run(main())

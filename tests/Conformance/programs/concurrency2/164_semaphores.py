# Semaphore and BoundedSemaphore: a concurrency limit, FIFO hand-over, over-release errors.
import asyncio

active = 0
peak = 0
log = []


async def limited(sem, name, steps):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        log.append(f"{name} in (active {active})")
        for _ in range(steps):
            await asyncio.sleep(0)
        active -= 1
        log.append(f"{name} out")
    return name


async def main():
    sem = asyncio.Semaphore(2)
    print("locked:", sem.locked())
    r = await asyncio.gather(*(limited(sem, f"j{i}", (i % 3) + 1) for i in range(6)))
    print("results:", r)
    print("peak concurrency:", peak)
    for line in log:
        print(line)

    s0 = asyncio.Semaphore(0)
    print("Semaphore(0) locked:", s0.locked())
    got = []

    async def take(name):
        await s0.acquire()
        got.append(name)

    ts = [asyncio.create_task(take(f"t{i}")) for i in range(3)]
    await asyncio.sleep(0)
    s0.release()
    s0.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("two released:", got)
    s0.release()
    await asyncio.gather(*ts)
    print("all:", got, "value back to 0:", s0.locked())

    s1 = asyncio.Semaphore(1)
    await s1.acquire()
    waiters = [asyncio.create_task(take_from(s1, f"w{i}", got)) for i in range(3)]
    await asyncio.sleep(0)
    waiters[0].cancel()
    await asyncio.sleep(0)
    s1.release()
    await asyncio.gather(waiters[1], waiters[2])
    print("after a cancelled waiter:", got[-2:], "cancelled:", waiters[0].cancelled())

    unbounded = asyncio.Semaphore(1)
    unbounded.release()
    unbounded.release()
    print("plain semaphore can go above its start:", not unbounded.locked())
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    print("acquire returns:", await b.acquire(), await b.acquire(), "locked:", b.locked())
    try:
        await asyncio.wait_for(b.acquire(), 0.05)
    except TimeoutError:
        print("third acquire timed out")
    b.release()
    b.release()
    print("bounded back to full:", not b.locked())


async def take_from(sem, name, got):
    async with sem:
        got.append(name)
        await asyncio.sleep(0)


asyncio.run(main())

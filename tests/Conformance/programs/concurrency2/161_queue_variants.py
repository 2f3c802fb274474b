# PriorityQueue, LifoQueue, QueueEmpty/QueueFull, waiting getters/putters, cancelled getters.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (5, "e")]:
        pq.put_nowait(item)
    print("priority order:", [pq.get_nowait() for _ in range(pq.qsize())])

    lq = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        await lq.put(i)
    print("lifo full:", lq.full(), str(lq))
    try:
        lq.put_nowait(99)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), isinstance(e, Exception))
    print("lifo order:", [await lq.get() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))

    q = asyncio.Queue(1)
    log = []

    async def getter(name):
        v = await q.get()
        log.append(f"{name} got {v}")

    async def putter(queue, name, v):
        await queue.put(v)
        log.append(f"{name} put {v}")

    gs = [asyncio.create_task(getter(f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("getters waiting:", str(q))
    gs[1].cancel()
    await asyncio.sleep(0)
    for i in range(3):
        q.put_nowait(i) if i == 0 else await q.put(i)
        await asyncio.sleep(0)
    await asyncio.gather(gs[0], gs[2])
    print("left in queue:", q.qsize(), q.get_nowait())
    print("log:", log)

    q3 = asyncio.Queue(2)
    q3.put_nowait("x")
    q3.put_nowait("y")
    ps = [asyncio.create_task(putter(q3, f"p{i}", f"v{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("putters waiting:", str(q3))
    ps[0].cancel()
    await asyncio.sleep(0)
    drained = []
    while len(drained) < 4:
        drained.append(await q3.get())
    print("drained:", drained)
    print("putter log:", log[-2:])
    print("cancelled putter:", ps[0].cancelled())

    class Tagged(asyncio.Queue):
        def _put(self, item):
            super()._put(("tagged", item))

    tq = Tagged()
    tq.put_nowait(7)
    print("subclass hook:", tq.get_nowait())
    try:
        await asyncio.wait_for(asyncio.Queue().get(), 0.05)
    except TimeoutError:
        print("get timed out on an empty queue")


asyncio.run(main())

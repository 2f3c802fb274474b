# asyncio.Queue: bounded producer/consumer, join/task_done, sentinels; the order is asyncio's own.
import asyncio

trace = []


async def producer(q, name, items):
    for it in items:
        trace.append(f"{name} puts {it} (size {q.qsize()})")
        await q.put((name, it))
    trace.append(f"{name} done")


async def consumer(q, name, results):
    while True:
        item = await q.get()
        try:
            if item is None:
                trace.append(f"{name} stops")
                return
            src, it = item
            trace.append(f"{name} got {src}:{it}")
            results.append((src, it, name))
            await asyncio.sleep(0)
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print("maxsize", q.maxsize, "empty", q.empty(), "full", q.full())
    results = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", results)) for i in range(2)]
    producers = [asyncio.create_task(producer(q, "p1", [1, 2, 3, 4])),
                 asyncio.create_task(producer(q, "p2", ["a", "b", "c"]))]
    await asyncio.gather(*producers)
    print("producers finished; items left:", q.qsize())
    await q.join()
    print("join returned, queue empty:", q.empty())
    for _ in consumers:
        await q.put(None)
    await asyncio.gather(*consumers)
    await q.join()
    for line in trace:
        print(line)
    print("processed:", len(results))
    print("by consumer:", {c: [f"{s}:{i}" for s, i, cc in results if cc == c] for c in ("c0", "c1")})

    q2 = asyncio.Queue()
    print("unbounded full:", q2.full(), q2.maxsize)
    for i in range(5):
        q2.put_nowait(i * i)
    print("qsize", q2.qsize(), "str", str(q2))
    got = [q2.get_nowait() for _ in range(3)]
    print("FIFO:", got, "left", q2.qsize())
    q2.task_done()
    q2.task_done()
    print("str with tasks:", str(q2))

    joined = []

    async def joiner():
        await q2.join()
        joined.append("joined")

    j = asyncio.create_task(joiner())
    await asyncio.sleep(0)
    print("join waiting:", joined)
    while not q2.empty():
        q2.get_nowait()
    for _ in range(3):
        q2.task_done()
    await j
    print("join after all task_done:", joined)
    try:
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())

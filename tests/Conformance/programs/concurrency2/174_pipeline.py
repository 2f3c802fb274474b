# A three-stage pipeline of asyncio queues with several workers per stage and sentinels.
import asyncio

trace = []


async def source(out, n):
    for i in range(n):
        await out.put(i)
        trace.append(f"source put {i}")
    await out.put(None)


async def stage(name, inp, out, fn, workers_left):
    handled = 0
    while True:
        item = await inp.get()
        if item is None:
            # Pass the sentinel on so the other workers of this stage stop too.
            await inp.put(None)
            workers_left[0] -= 1
            if workers_left[0] == 0:
                await out.put(None)
            return name, handled
        await asyncio.sleep(0)
        await out.put(fn(item))
        handled += 1


async def sink(inp, collected):
    while True:
        item = await inp.get()
        if item is None:
            return len(collected)
        collected.append(item)


async def main():
    q1, q2, q3 = asyncio.Queue(2), asyncio.Queue(2), asyncio.Queue()
    collected = []
    left1, left2 = [2], [3]
    tasks = [asyncio.create_task(source(q1, 12))]
    tasks += [asyncio.create_task(stage(f"square{i}", q1, q2, lambda x: x * x, left1)) for i in range(2)]
    tasks += [asyncio.create_task(stage(f"label{i}", q2, q3, lambda x: f"<{x}>", left2)) for i in range(3)]
    tasks.append(asyncio.create_task(sink(q3, collected)))
    results = await asyncio.gather(*tasks)
    print("sink count:", results[-1])
    print("per worker:", results[1:-1])
    print("handled in total per stage:", sum(h for n, h in results[1:3]), sum(h for n, h in results[3:6]))
    print("collected:", collected)
    print("as a set, all squares:", sorted(int(s[1:-1]) for s in collected) == [i * i for i in range(12)])
    print("first trace lines:", trace[:5])
    print("queues left:", q1.qsize(), q2.qsize(), q3.qsize())


asyncio.run(main())

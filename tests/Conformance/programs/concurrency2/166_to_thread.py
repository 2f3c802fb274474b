# asyncio.to_thread: arguments, keywords, exceptions, and threads handing results back to the loop.
import asyncio
import threading


def describe(a, b, *, sep="-", upper=False):
    s = f"{a}{sep}{b}"
    return (s.upper() if upper else s), threading.current_thread() is not threading.main_thread()


def raises(kind):
    raise kind("from the thread")


def produce(q_loop, q, n):
    # A thread feeding an asyncio.Queue through the loop, the thread-safe way.
    for i in range(n):
        q_loop.call_soon_threadsafe(q.put_nowait, i * 10)
    q_loop.call_soon_threadsafe(q.put_nowait, None)
    return "producer done"


async def main():
    print(await asyncio.to_thread(describe, "x", "y"))
    print(await asyncio.to_thread(describe, 1, 2, sep="+", upper=True))
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))
    for kind in (ValueError, KeyError, OSError):
        try:
            await asyncio.to_thread(raises, kind)
        except Exception as e:
            print("raised in thread:", type(e).__name__, e)

    q = asyncio.Queue()
    loop = asyncio.get_running_loop()
    producer = asyncio.create_task(asyncio.to_thread(produce, loop, q, 5))
    received = []
    while True:
        item = await q.get()
        if item is None:
            break
        received.append(item)
    print("received from the thread:", received)
    print(await producer)

    lock = threading.Lock()
    counter = [0]

    def bump(times):
        for _ in range(times):
            with lock:
                counter[0] += 1
        return times

    done = await asyncio.gather(*(asyncio.to_thread(bump, 500) for _ in range(4)))
    print("bumps:", done, "counter:", counter[0])

    ev = threading.Event()

    def waiter():
        return ev.wait(30)

    t = asyncio.create_task(asyncio.to_thread(waiter))
    await asyncio.sleep(0.01)
    print("waiting thread not done yet:", not t.done())
    ev.set()
    print("thread saw the event:", await t)


asyncio.run(main())

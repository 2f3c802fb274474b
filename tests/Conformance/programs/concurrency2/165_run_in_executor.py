# run_in_executor: the default executor and a given one; blocking work runs while the loop waits.
import asyncio
import concurrent.futures
import threading


def blocking_sum(n):
    total = 0
    for i in range(n):
        total += i
    return total, threading.current_thread() is threading.main_thread()


def wait_on(ev, label):
    ok = ev.wait(30)
    return f"{label} released={ok}"


def fails(x):
    raise ZeroDivisionError(f"worker failed on {x}")


async def main():
    loop = asyncio.get_running_loop()
    total, on_main = await loop.run_in_executor(None, blocking_sum, 1000)
    print("default executor:", total, "ran on main thread:", on_main)

    results = await asyncio.gather(*(loop.run_in_executor(None, blocking_sum, n) for n in (10, 100, 1000)))
    print("gathered:", [r[0] for r in results])

    names = await asyncio.gather(*(loop.run_in_executor(None, lambda: threading.current_thread().name)
                                   for _ in range(4)))
    print("default executor thread names start with asyncio_:", all(n.startswith("asyncio_") for n in names))

    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="mine") as pool:
        r = await loop.run_in_executor(pool, blocking_sum, 50)
        print("given executor:", r[0])
        n = await loop.run_in_executor(pool, lambda: threading.current_thread().name)
        print("its thread name:", n.rsplit("_", 1)[0])
        try:
            await loop.run_in_executor(pool, fails, 7)
        except ZeroDivisionError as e:
            print("worker exception:", e)

    ev = threading.Event()
    fut = loop.run_in_executor(None, wait_on, ev, "thread")
    print("future type:", type(fut).__name__, "done:", fut.done())
    ticks = 0
    while ticks < 3:
        await asyncio.sleep(0.01)
        ticks += 1
    print("loop kept running while the thread blocked:", ticks, "done:", fut.done())
    loop.call_later(0.02, ev.set)
    print(await fut)

    ev2 = threading.Event()
    slow = loop.run_in_executor(None, wait_on, ev2, "slow")
    try:
        await asyncio.wait_for(slow, 0.05)
    except TimeoutError:
        print("timed out waiting; asyncio future cancelled:", slow.cancelled())
    ev2.set()

    # Three calls that can only finish together: they run at the same time on three executor threads.
    barrier = threading.Barrier(3, timeout=30)
    r = await asyncio.gather(*(loop.run_in_executor(None, barrier.wait) for _ in range(3)))
    print("three calls met at a barrier:", sorted(r))


asyncio.run(main())
print("threads left after asyncio.run:", threading.active_count())

# asyncio.Lock: mutual exclusion across awaits, FIFO wake-up, cancelled waiters, misuse errors.
import asyncio

lock = None
order = []
balance = 100


async def withdraw(name, amount):
    global balance
    async with lock:
        order.append(f"{name} in")
        current = balance
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        if current >= amount:
            balance = current - amount
            order.append(f"{name} took {amount}, left {balance}")
        else:
            order.append(f"{name} refused ({current} < {amount})")
    order.append(f"{name} out")


async def main():
    global lock
    lock = asyncio.Lock()
    print("locked at start:", lock.locked())
    await asyncio.gather(*(withdraw(f"w{i}", 30) for i in range(5)))
    for line in order:
        print(line)
    print("final balance:", balance, "locked:", lock.locked())

    print("acquire returns", await lock.acquire(), "locked:", lock.locked())
    waiters = []

    async def waiter(name):
        await lock.acquire()
        waiters.append(name)
        lock.release()

    ts = [asyncio.create_task(waiter(f"t{i}")) for i in range(4)]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(ts[0], ts[2], ts[3])
    print("FIFO wake-up, cancelled one skipped:", waiters, "t1 cancelled:", ts[1].cancelled())

    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async with lock:
        try:
            await asyncio.wait_for(lock.acquire(), 0.05)
        except TimeoutError:
            print("second acquire timed out (not reentrant)")
    print("released by async with:", not lock.locked())

    try:
        async with lock:
            raise ValueError("inside")
    except ValueError:
        print("released after an exception:", not lock.locked())

    print("repr shows the state:", repr(lock).split(" object at ")[0], repr(lock).split("]")[0].split("[")[1])

asyncio.run(main())

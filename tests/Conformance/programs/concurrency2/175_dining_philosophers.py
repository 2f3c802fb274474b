# Dining philosophers with asyncio locks taken in a global order (no deadlock), and a waiter semaphore.
import asyncio

N = 5
meals = {}
log = []


async def philosopher(i, forks, waiter, rounds):
    left, right = forks[i], forks[(i + 1) % N]
    first, second = (left, right) if i < (i + 1) % N else (right, left)
    for r in range(rounds):
        async with waiter:
            async with first:
                await asyncio.sleep(0)
                async with second:
                    meals[i] = meals.get(i, 0) + 1
                    log.append(f"p{i} eats (round {r})")
                    await asyncio.sleep(0)
        await asyncio.sleep(0)
    return i


async def main():
    forks = [asyncio.Lock() for _ in range(N)]
    waiter = asyncio.Semaphore(N - 1)
    done = await asyncio.gather(*(philosopher(i, forks, waiter, 3) for i in range(N)))
    print("finished:", done)
    print("meals:", [meals[i] for i in range(N)])
    print("forks free:", [f.locked() for f in forks], "waiter free:", not waiter.locked())
    for line in log:
        print(line)

    async def grab_both(a, b, name):
        async with a:
            await asyncio.sleep(0)
            async with b:
                return name

    x, y = asyncio.Lock(), asyncio.Lock()
    t1 = asyncio.create_task(grab_both(x, y, "t1"))
    t2 = asyncio.create_task(grab_both(y, x, "t2"))
    done, pending = await asyncio.wait({t1, t2}, timeout=0.1)
    print("opposite order deadlocks:", len(done), "done,", len(pending), "pending")
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("after cancelling both, locks free:", x.locked(), y.locked())


asyncio.run(main())

# asyncio.Barrier: tasks released together with their arrival index, a second cycle, async with, tasks arriving
# while it drains, reset() and abort() with BrokenBarrierError, the repr at each state, and parties < 1.
import asyncio

async def worker(name, barrier, log):
    log.append(f'{name} arrives')
    index = await barrier.wait()
    log.append(f'{name} leaves with {index}')
    return index

async def main():
    barrier = asyncio.Barrier(3)
    print(repr(barrier).split(' at ')[0], repr(barrier).split(']')[0].split('[')[1])
    log = []
    tasks = [asyncio.create_task(worker(f'w{i}', barrier, log)) for i in range(3)]
    await asyncio.sleep(0)
    print('while filling:', repr(barrier).split('[')[1], barrier.n_waiting)
    print(await asyncio.gather(*tasks))
    print('\n'.join(log))
    print(repr(barrier).split('[')[1], barrier.n_waiting, barrier.parties, barrier.broken)

    # A second cycle through async with
    async def with_user(i):
        async with barrier as index:
            return (i, index)
    print(sorted(await asyncio.gather(*(with_user(i) for i in range(3)))))

    # Six tasks on a barrier of three: two cycles
    b2 = asyncio.Barrier(3)
    log2 = []
    print(sorted(await asyncio.gather(*(worker(f't{i}', b2, log2) for i in range(6)))))
    print(log2)

    # reset() while two tasks wait: both get BrokenBarrierError, the barrier is usable again
    b3 = asyncio.Barrier(3)
    async def waiter(i):
        try:
            return await b3.wait()
        except asyncio.BrokenBarrierError as e:
            return f'{i}: {type(e).__name__}: {e}'
    t = [asyncio.create_task(waiter(i)) for i in range(2)]
    await asyncio.sleep(0)
    print('before reset:', repr(b3).split('[')[1])
    await b3.reset()
    print('resetting:', repr(b3).split('[')[1])
    print(await asyncio.gather(*t))
    print('after reset:', repr(b3).split('[')[1], b3.n_waiting)
    print(sorted(await asyncio.gather(*(b3.wait() for _ in range(3)))))

    # abort(): waiting tasks and later ones are refused
    b4 = asyncio.Barrier(2)
    t = asyncio.create_task(waiter_on(b4))
    await asyncio.sleep(0)
    await b4.abort()
    print(await t, b4.broken, repr(b4).split('[')[1])
    print(await waiter_on(b4))

    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError', e)
    print(isinstance(asyncio.BrokenBarrierError(), RuntimeError), 'Barrier' in asyncio.__all__)

async def waiter_on(b):
    try:
        return await b.wait()
    except asyncio.BrokenBarrierError as e:
        return f'{type(e).__name__}: {e}'

asyncio.run(main())

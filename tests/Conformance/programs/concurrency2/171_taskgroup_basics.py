# TaskGroup: waits for every task, results, names, late additions, and one failure cancelling the rest.
import asyncio

log = []


async def work(name, steps, fail=None):
    try:
        for i in range(steps):
            await asyncio.sleep(0)
        if fail:
            raise fail
        log.append(f"{name} finished")
        return name * 2
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", 2))
        t2 = tg.create_task(work("b", 1), name="task-b")
        print("inside: done?", t1.done(), t2.done(), "name:", t2.get_name())
    print("after the block:", t1.result(), t2.result(), sorted(log))
    log.clear()

    async with asyncio.TaskGroup() as tg:
        async def spawner():
            await asyncio.sleep(0)
            tg.create_task(work("late", 2))
            return "spawned"
        s = tg.create_task(spawner())
    print("tasks added while running are awaited too:", s.result(), log)
    log.clear()

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("x", 5))
            tg.create_task(work("y", 1, fail=ValueError("y broke")))
            tg.create_task(work("z", 5))
            await asyncio.sleep(3600)
            print("never reached")
    except ExceptionGroup as eg:
        print("ExceptionGroup:", eg)
        print("  message:", eg.message)
        print("  exceptions:", [repr(e) for e in eg.exceptions])
        print("  is an Exception:", isinstance(eg, Exception), type(eg).__name__)
    print("siblings:", sorted(log))
    log.clear()

    async def outer():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("inner", 3600))
        return "unreachable"

    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("cancelling the parent cancels the group's tasks:", log)
    log.clear()

    tg = asyncio.TaskGroup()
    coro = work("never", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    async with tg:
        pass
    coro = work("never", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("slow", 3))
            raise KeyError("body failed")
    except ExceptionGroup as eg:
        print("body error joins the group:", [repr(e) for e in eg.exceptions], sorted(log))

    results = []
    async with asyncio.TaskGroup() as tg:
        for i in range(5):
            tg.create_task(work(f"n{i}", i)).add_done_callback(lambda t: results.append(t.result()))
    print("done callbacks ran:", sorted(results))


asyncio.run(main())

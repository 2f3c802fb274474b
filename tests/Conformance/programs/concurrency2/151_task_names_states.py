# Tasks: names, states, result/exception and their errors, current_task and all_tasks.
import asyncio


async def step(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n * 10


async def boom():
    await asyncio.sleep(0)
    raise ValueError("boom inside")


def state(t):
    return f"{t.get_name()}: done={t.done()} cancelled={t.cancelled()}"


async def main():
    me = asyncio.current_task()
    print("current task name:", me.get_name())
    t1 = asyncio.create_task(step(2))
    t2 = asyncio.create_task(step(1), name="custom")
    t3 = asyncio.create_task(boom(), name=42)
    print(state(t1))
    print(state(t2))
    print(state(t3), type(t3.get_name()).__name__)
    t1.set_name("renamed")
    print("after set_name:", t1.get_name())
    print("all tasks:", sorted(t.get_name() for t in asyncio.all_tasks()))
    for t in (t1, t3):
        try:
            t.result()
        except asyncio.InvalidStateError as e:
            print("result too early:", e)
        try:
            t.exception()
        except asyncio.InvalidStateError as e:
            print("exception too early:", e)
    print("await t2 ->", await t2)
    print(state(t2), t2.result(), t2.exception())
    print("await t1 ->", await t1)
    try:
        await t3
    except ValueError as e:
        print("await t3 raised:", e)
    print(state(t3), repr(t3.exception()))
    try:
        t3.result()
    except ValueError as e:
        print("result() raises again:", e)
    for fn in (lambda: t1.set_result(1), lambda: t1.set_exception(KeyError())):
        try:
            fn()
        except RuntimeError as e:
            print("RuntimeError:", e)
    print("coro of t1:", t1.get_coro().__qualname__)
    print("cancel a done task:", t1.cancel(), t1.cancelled())
    print("all tasks now:", sorted(t.get_name() for t in asyncio.all_tasks()))
    try:
        asyncio.Task("not a coroutine")
    except TypeError as e:
        print("TypeError:", e)
    seen = []

    async def who():
        seen.append(asyncio.current_task().get_name())

    await asyncio.gather(*(asyncio.create_task(who(), name=f"w{i}") for i in range(4)))
    print("each saw itself:", seen)


asyncio.run(main())
print("current_task outside a loop needs one:", end=" ")
try:
    asyncio.current_task()
except RuntimeError as e:
    print(e)

# Task.cancel: CancelledError thrown at the await, cleanup in finally, messages, counts, refusing.
import asyncio


async def sleeper(log, name):
    log.append(f"{name} start")
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError as e:
        log.append(f"{name} got CancelledError{e.args}")
        raise
    finally:
        log.append(f"{name} cleanup")


async def stubborn(log):
    for attempt in range(3):
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            log.append(f"stubborn ignores cancel #{attempt}")
            asyncio.current_task().uncancel()
    return "stubborn finished"


async def main():
    log = []
    t = asyncio.create_task(sleeper(log, "s1"))
    await asyncio.sleep(0)
    print("cancel:", t.cancel(), "cancelling:", t.cancelling(), "done yet:", t.done())
    print("second cancel also True:", t.cancel("again"), "cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting it raises CancelledError", e.args)
    print("cancelled:", t.cancelled(), "done:", t.done())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises CancelledError", e.args)
    try:
        t.exception()
    except asyncio.CancelledError:
        print("exception() raises CancelledError too")
    print("cancel after done:", t.cancel())

    t2 = asyncio.create_task(sleeper(log, "s2"))
    print("cancel before it ever ran:", t2.cancel("early"))
    try:
        await t2
    except asyncio.CancelledError as e:
        print("never started, cancelled with", e.args)

    t3 = asyncio.create_task(stubborn(log))
    for _ in range(3):
        await asyncio.sleep(0)
        t3.cancel()
    print("stubborn result:", await t3, "cancelled:", t3.cancelled(), "cancelling:", t3.cancelling())

    async def swallow():
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            return "returned instead"

    t4 = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t4.cancel()
    print("swallowed:", await t4, t4.cancelled())

    async def convert():
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError as e:
            raise ValueError("converted") from e

    t5 = asyncio.create_task(convert())
    await asyncio.sleep(0)
    t5.cancel()
    try:
        await t5
    except ValueError as e:
        print("converted:", e, "cause:", type(e.__cause__).__name__, "task cancelled:", t5.cancelled())

    async def self_cancel():
        asyncio.current_task().cancel("myself")
        log.append("self_cancel keeps running until its next await")
        await asyncio.sleep(0)
        log.append("never printed")

    t6 = asyncio.create_task(self_cancel())
    try:
        await t6
    except asyncio.CancelledError as e:
        print("self cancelled:", e.args)

    async def cancel_other(victim):
        victim.cancel()
        return "cancelled the other"

    t7 = asyncio.create_task(sleeper(log, "s7"))
    await asyncio.sleep(0)
    print(await asyncio.create_task(cancel_other(t7)))
    await asyncio.sleep(0)
    print("s7 cancelled:", t7.cancelled())
    for line in log:
        print("log:", line)
    print("CancelledError is BaseException only:", issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())

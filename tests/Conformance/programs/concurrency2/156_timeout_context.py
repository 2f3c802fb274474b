# asyncio.timeout / timeout_at: expiry, reschedule, nesting, and the errors of misuse.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.05) as cm:
            print("inside, expired?", cm.expired(), "has a deadline:", cm.when() is not None)
            await asyncio.sleep(3600)
    except TimeoutError as e:
        print("timed out:", type(e).__name__, "expired:", cm.expired())
        print("cause is the CancelledError:", type(e.__cause__).__name__)
    print("repr after expiry:", repr(cm))

    async with asyncio.timeout(60) as cm:
        await asyncio.sleep(0)
        print("not expired:", cm.expired())
    print("repr after a normal exit:", repr(cm))

    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when(), repr(cm))
        cm.reschedule(loop.time() + 3600)
        print("rescheduled to a far deadline:", cm.when() > loop.time())
        cm.reschedule(None)
        await asyncio.sleep(0)
    print("still fine:", cm.expired())

    try:
        async with asyncio.timeout(3600) as cm:
            cm.reschedule(loop.time() - 1)
            print("moved into the past")
            await asyncio.sleep(3600)
    except TimeoutError:
        print("past deadline fires at once")

    try:
        async with asyncio.timeout_at(loop.time() + 0.05) as cm:
            await asyncio.sleep(3600)
    except TimeoutError:
        print("timeout_at fired")

    try:
        async with asyncio.timeout(0.05) as outer:
            async with asyncio.timeout(3600) as inner:
                await asyncio.sleep(3600)
    except TimeoutError:
        print("outer expired:", outer.expired(), "inner expired:", inner.expired())

    async with asyncio.timeout(3600) as outer:
        try:
            async with asyncio.timeout(0.05) as inner:
                await asyncio.sleep(3600)
        except TimeoutError:
            print("inner caught inside outer; outer expired:", outer.expired())

    try:
        async with asyncio.timeout(60):
            raise KeyError("body error")
    except KeyError as e:
        print("other exceptions pass:", e)

    t = asyncio.timeout(10)
    for fn in (lambda: t.reschedule(1.0),):
        try:
            fn()
        except RuntimeError as e:
            print("RuntimeError:", e)
    async with t:
        pass
    try:
        t.reschedule(1.0)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    count = 0
    try:
        async with asyncio.timeout(0.05):
            while True:
                count += 1
                await asyncio.sleep(0.001)
    except TimeoutError:
        print("loop interrupted after some iterations:", count > 0)


asyncio.run(main())

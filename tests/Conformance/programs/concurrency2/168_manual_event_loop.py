# A loop driven by hand: new_event_loop, run_until_complete, run_forever/stop, close and its errors.
import asyncio


async def compute(x):
    await asyncio.sleep(0)
    return x * 2


def stopper(loop, log):
    log.append("stopping")
    loop.stop()


loop = asyncio.new_event_loop()
print("new loop:", loop, "running:", loop.is_running(), "closed:", loop.is_closed())
print("run_until_complete:", loop.run_until_complete(compute(21)))
task = loop.create_task(compute(5))
print("task before run:", task.done())
print("run_until_complete(task):", loop.run_until_complete(task), task.done())

fut = loop.create_future()
loop.call_soon(fut.set_result, "set by a callback")
print("on a future:", loop.run_until_complete(fut))

log = []
loop.call_soon(log.append, "first")
loop.call_soon(stopper, loop, log)
loop.call_soon(log.append, "still runs in the same iteration")
loop.run_forever()
log.append("after run_forever")
loop.call_soon(log.append, "next run")
loop.call_soon(loop.stop)
loop.run_forever()
print("run_forever log:", log)

loop.call_soon(loop.stop)
stalled = loop.create_future()
try:
    loop.run_until_complete(stalled)
except RuntimeError as e:
    print("RuntimeError:", e)
stalled.cancel()


async def inner_run():
    other = asyncio.new_event_loop()
    c = asyncio.sleep(0)
    try:
        other.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        other.close()
        c.close()
    try:
        asyncio.get_running_loop().run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.get_running_loop().close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "inner done"

print(loop.run_until_complete(inner_run()))

asyncio.set_event_loop(loop)
print("get_event_loop returns the set loop:", asyncio.get_event_loop() is loop)

bad = compute(1)
try:
    loop.run_until_complete(bad)
finally:
    loop.close()
print("closed:", loop.is_closed())
loop.close()
print("closing twice is fine")
pending = compute(1)
for action in (lambda: loop.call_soon(print, "x"), lambda: loop.run_forever(),
               lambda: loop.call_later(1, print), lambda: loop.create_task(pending),
               lambda: loop.run_until_complete(loop.create_future())):
    try:
        action()
    except RuntimeError as e:
        print("RuntimeError:", e)
pending.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError:", e)

loop2 = asyncio.new_event_loop()
try:
    loop2.run_until_complete(compute("ab"))
    print("second loop works:", loop2.run_until_complete(compute("ab")))
finally:
    loop2.close()

# An event loop per thread: a loop in a worker thread fed by run_coroutine_threadsafe and
# call_soon_threadsafe from the main thread, and each thread's own running loop.
import asyncio
import threading

ready = threading.Event()
holder = {}


def loop_thread():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    holder["loop"] = loop
    holder["thread"] = threading.current_thread().name
    loop.call_soon(ready.set)
    loop.run_forever()
    loop.close()


async def double(x):
    await asyncio.sleep(0)
    return x * 2, threading.current_thread().name


async def fails():
    await asyncio.sleep(0)
    raise ValueError("failed in the loop thread")


async def never(ev):
    await ev.wait()


t = threading.Thread(target=loop_thread, name="loop-thread")
t.start()
ready.wait(30)
loop = holder["loop"]
print("loop runs in:", holder["thread"], "running:", loop.is_running())

fut = asyncio.run_coroutine_threadsafe(double(21), loop)
print("concurrent future:", type(fut).__module__, type(fut).__name__)
print("result:", fut.result(timeout=30))

results = [asyncio.run_coroutine_threadsafe(double(i), loop) for i in range(5)]
print("many:", [f.result(30)[0] for f in results])

err = asyncio.run_coroutine_threadsafe(fails(), loop)
try:
    err.result(30)
except ValueError as e:
    print("exception crosses threads:", e)

stop_event = None


async def make_event():
    return asyncio.Event()

ev = asyncio.run_coroutine_threadsafe(make_event(), loop).result(30)
pending = asyncio.run_coroutine_threadsafe(never(ev), loop)
print("pending future done:", pending.done())
print("cancel from the main thread:", pending.cancel())
try:
    pending.result(30)
except Exception as e:
    print("cancelled:", type(e).__module__, type(e).__name__)

try:
    asyncio.run_coroutine_threadsafe(42, loop)
except TypeError as e:
    print("TypeError:", e)

marks = []
done = threading.Event()
loop.call_soon_threadsafe(marks.append, "first")
loop.call_soon_threadsafe(marks.append, "second")
loop.call_soon_threadsafe(done.set)
done.wait(30)
print("call_soon_threadsafe order:", marks)


async def main_side():
    here = asyncio.get_running_loop()
    return here is not loop, threading.current_thread().name


print("main thread runs its own loop:", asyncio.run(main_side()))
loop.call_soon_threadsafe(loop.stop)
t.join(30)
print("loop thread finished:", not t.is_alive(), "loop closed:", loop.is_closed())

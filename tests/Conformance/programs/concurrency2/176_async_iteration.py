# async for / async with on classes of one's own, built on asyncio queues, events and locks.
import asyncio


class Ticker:
    """An asynchronous iterator that yields n ticks, letting the loop run between them."""

    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i


class Channel:
    """A closable channel: async iteration ends when it is closed and drained."""

    _closed = object()

    def __init__(self):
        self.q = asyncio.Queue()

    async def send(self, v):
        await self.q.put(v)

    async def close(self):
        await self.q.put(self._closed)

    def __aiter__(self):
        return self

    async def __anext__(self):
        v = await self.q.get()
        if v is self._closed:
            raise StopAsyncIteration
        return v


class Resource:
    def __init__(self, name, log, lock):
        self.name, self.log, self.lock = name, log, lock

    async def __aenter__(self):
        await self.lock.acquire()
        self.log.append(f"open {self.name}")
        return self

    async def __aexit__(self, et, ev, tb):
        self.log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        self.lock.release()
        return et is KeyError


async def main():
    print("ticks:", [t async for t in Ticker(4)])
    interleaved = []

    async def consume(tag, n):
        async for t in Ticker(n):
            interleaved.append(f"{tag}{t}")

    await asyncio.gather(consume("a", 3), consume("b", 2))
    print("interleaved:", interleaved)

    ch = Channel()

    async def producer():
        for word in "the quick brown fox".split():
            await ch.send(word)
        await ch.close()

    asyncio.create_task(producer())
    words = []
    async for w in ch:
        words.append(w.upper())
    print("channel:", words)

    log = []
    lock = asyncio.Lock()

    async def user(name, fail=None):
        async with Resource(name, log, lock) as r:
            log.append(f"use {r.name}")
            await asyncio.sleep(0)
            if fail:
                raise fail
        return name

    r = await asyncio.gather(user("r1"), user("r2", KeyError("swallowed")), user("r3"),
                             return_exceptions=True)
    print("users:", r)
    try:
        await user("r4", ValueError("escapes"))
    except ValueError as e:
        print("escaped:", e)
    for line in log:
        print(line)
    squares = {t: t * t async for t in Ticker(3)}
    print("async dict comprehension:", squares)
    evens = [t for t in [t async for t in Ticker(6)] if t % 2 == 0]
    print("filtered:", evens)


asyncio.run(main())

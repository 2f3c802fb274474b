# An async producer/consumer pipeline: async iterators, async context managers and a send()-driven scheduler.

class Yield:
    def __await__(self):
        yield None


class Channel:
    def __init__(self, name):
        self.name = name
        self.items = []
        self.closed = False

    async def put(self, item):
        self.items.append(item)
        await Yield()

    def close(self):
        self.closed = True

    def __aiter__(self):
        return ChannelReader(self)


class ChannelReader:
    def __init__(self, channel):
        self.channel = channel

    async def __anext__(self):
        while not self.channel.items:
            if self.channel.closed:
                raise StopAsyncIteration
            await Yield()
        return self.channel.items.pop(0)


class Span:
    depth = 0

    def __init__(self, label):
        self.label = label

    async def __aenter__(self):
        print("  " * Span.depth + "begin " + self.label)
        Span.depth += 1
        return self

    async def __aexit__(self, et, ev, tb):
        Span.depth -= 1
        print("  " * Span.depth + "end " + self.label + (" with " + et.__name__ if et else ""))
        return et is not None and issubclass(et, LookupError)


async def produce(ch, values):
    async with Span("produce " + ch.name):
        for v in values:
            await ch.put(v)
        ch.close()
    return len(values)


async def transform(src, dst):
    count = 0
    async with Span("transform"):
        async for v in src:
            await dst.put(v * v)
            count += 1
        dst.close()
    return count


async def consume(ch):
    async with Span("consume"):
        got = [v async for v in ch]
        async with Span("lookup"):
            {}["missing"]
        print("after suppressed LookupError")
    return got


def scheduler(coros):
    pending = list(coros)
    results = [None] * len(pending)
    order = []
    steps = 0
    while any(c is not None for c in pending):
        for i, c in enumerate(pending):
            if c is None:
                continue
            steps += 1
            try:
                c.send(None)
            except StopIteration as s:
                results[i] = s.value
                pending[i] = None
                order.append(i)
    return results, order, steps


a, b = Channel("a"), Channel("b")
results, order, steps = scheduler([consume(b), transform(a, b), produce(a, [1, 2, 3, 4, 5])])
print("results:", results)
print("finish order:", order, "steps > 10:", steps > 10)

class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Guard:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        self.log.append("enter " + self.name)
        return self

    async def __aexit__(self, et, ev, tb):
        self.log.append("exit " + self.name)
        return et is KeyError


async def double(x):
    return x * 2


async def collect(n):
    out = []
    async for v in Ticker(n):
        out.append(v)
    return out


async def first_even(n):
    async for v in Ticker(n):
        if v % 2 == 0:
            return v
    else:
        return None


async def guarded(log):
    async with Guard("a", log) as g, Guard("b", log):
        log.append("body " + g.name)
        raise KeyError("swallowed by b")
    return log


async def comps():
    a = [x async for x in Ticker(3)]
    b = {x: x * x async for x in Ticker(3) if x != 2}
    c = [await double(x) for x in range(3)]
    d = {await double(x) async for x in Ticker(3)}
    e = [(i, j) async for i in Ticker(2) for j in range(i)]
    f = [(i, j) for i in range(2) async for j in Ticker(i + 1)]
    return a, b, c, d, e, f


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value


print(run(collect(4)), run(first_even(5)), run(first_even(1)))
print(run(guarded([])))
print(run(comps()))

# Nested async for with break/continue/else, async with inside loops, exceptions crossing awaits.

class Tick:
    def __await__(self):
        return (yield "tick")


class Source:
    def __init__(self, name, values):
        self.name, self.values = name, list(values)

    def __aiter__(self):
        self.pos = 0
        return self

    async def __anext__(self):
        await Tick()
        if self.pos >= len(self.values):
            raise StopAsyncIteration
        v = self.values[self.pos]
        self.pos += 1
        if v == "boom":
            raise RuntimeError(f"{self.name} exploded")
        return v


class Scope:
    def __init__(self, log, name):
        self.log, self.name = log, name

    async def __aenter__(self):
        self.log.append("+" + self.name)
        await Tick()
        return self

    async def __aexit__(self, et, ev, tb):
        await Tick()
        self.log.append("-" + self.name + ("!" if et else ""))


async def scan(log):
    found = []
    async for row in Source("rows", [1, 2, 3, 4]):
        if row == 2:
            continue
        async with Scope(log, f"r{row}"):
            async for col in Source("cols", "abc"):
                if row == 3 and col == "b":
                    break
                found.append(f"{row}{col}")
            else:
                found.append(f"{row}:all")
        if row == 4:
            break
    else:
        found.append("never")
    return found


async def failing(log):
    try:
        async with Scope(log, "outer"):
            async for v in Source("bad", [1, "boom", 3]):
                log.append(f"v{v}")
    except RuntimeError as e:
        return f"caught {e!s} after {log}"


def drive(coro):
    ticks = 0
    while True:
        try:
            got = coro.send(ticks or None)
            assert got == "tick"
            ticks += 1
        except StopIteration as s:
            return s.value, ticks


log = []
print(drive(scan(log)))
print(log)
log2 = []
print(drive(failing(log2)))

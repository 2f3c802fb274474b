# async for / async with / async comprehensions, driven by a tiny round-robin loop built on send().

class Sleep:
    """An awaitable that yields control to the loop once."""
    def __await__(self):
        yield "tick"


class Countdown:
    def __init__(self, name, n):
        self.name, self.n = name, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await Sleep()
        self.n -= 1
        return f"{self.name}{self.n}"


class Resource:
    opened = []

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await Sleep()
        Resource.opened.append(self.name)
        print("  open", self.name, Resource.opened)
        return self

    async def __aexit__(self, et, ev, tb):
        Resource.opened.remove(self.name)
        print("  close", self.name, "error:", et.__name__ if et else None)
        return False


async def worker(name, n):
    seen = []
    async with Resource(name) as r:
        async for item in Countdown(name, n):
            seen.append(item)
            print(" ", r.name, "got", item)
    return seen


async def failing():
    try:
        async with Resource("F"):
            async for item in Countdown("f", 5):
                if item == "f3":
                    raise ValueError("stop at " + item)
    except ValueError as e:
        return "caught: " + str(e)


async def gather_comprehensions():
    names = [x async for x in Countdown("c", 3)]
    lengths = {x: len(x) * 2 async for x in Countdown("dd", 2)}
    doubled = [await twice(i) for i in range(3)]
    filtered = {x async for x in Countdown("e", 4) if x.endswith(("1", "3"))}
    return names, lengths, doubled, sorted(filtered)


async def twice(x):
    await Sleep()
    return x * 2


def run_all(coros):
    """Round-robin: send None to each coroutine until all finish; print results in finishing order."""
    tasks = list(enumerate(coros))
    results = {}
    rounds = 0
    while tasks:
        rounds += 1
        still = []
        for idx, coro in tasks:
            try:
                coro.send(None)
                still.append((idx, coro))
            except StopIteration as stop:
                print("task", idx, "done in round", rounds, "->", stop.value)
                results[idx] = stop.value
        tasks = still
    return [results[i] for i in sorted(results)], rounds


results, rounds = run_all([worker("A", 3), worker("B", 1), failing(), gather_comprehensions()])
print("rounds:", rounds)
for r in results:
    print(r)
print("still open:", Resource.opened)

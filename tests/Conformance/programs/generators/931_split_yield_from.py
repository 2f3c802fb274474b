# yield from and await in generators and coroutines long enough that GilGen splits their frame (32 instructions
# or more, no try blocks): values sent, thrown and returned through the delegate, a delegate that raises, and
# what is pending below the yield from (released in CPython's order: objects with __del__ print it).
import asyncio


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)

    def __repr__(self):
        return "T(" + self.name + ")"


def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total = total + got
    if total > 100:
        raise ValueError("too much: " + str(total))
    return total


def outer(n):
    first = Tracked("first-" + str(n))
    label = "result"
    print(label, first, (yield from inner(n)), Tracked("second"))
    again = yield from inner(1)
    return [first.name, again]


def delegate_to_iterator(items):
    count = len(items)
    extra = [count * 2, len(str(count))]
    seen = Tracked("seen-" + str(extra[1]))
    result = yield from iter(items)
    print("  iterator returned", result, "count", count, seen)
    return count


print("1. run to the end with sends")
g = outer(3)
print(next(g), g.send(10), g.send(20))
print(g.send(30))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
del g

print("2. the delegate raises")
g = outer(2)
next(g)
g.send(60)
try:
    g.send(70)
except ValueError as e:
    print("caught", e)
del g

print("3. thrown in while delegating")
g = outer(5)
print(next(g))
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("caught", repr(e))
del g

print("4. closed while delegating")
g = outer(5)
next(g)
g.close()
print("closed")
del g

print("5. a plain iterator as the delegate")
g = delegate_to_iterator([1, 2])
print(list(g))
g = delegate_to_iterator("ab")
print(next(g))
try:
    g.throw(IndexError("into an iterator"))
except IndexError as e:
    print("caught", repr(e))
del g


async def step(name, value):
    prefix = name.upper().lower()
    doubled = value + value if len(prefix) > 0 else value * 2
    await asyncio.sleep(0)
    if value < 0:
        raise ArithmeticError(prefix + " is negative")
    return doubled


async def pipeline(values, track=True):
    results = []
    # (A cancelled task's frame stays in a reference cycle, which GilGen does not collect: not tracked there.)
    keep = Tracked("pipeline-local") if track else "untracked"
    for v in values:
        doubled = await step("v" + str(v), v)
        results.append(doubled)
        await asyncio.sleep(0)
    print("  pipeline", results, keep)
    return sum(results) + len(await asyncio.gather(step("a", 1), step("b", 2)))


async def main():
    print("6. coroutines")
    print(await pipeline([1, 2, 3]))
    try:
        await pipeline([4, -5, 6])
    except ArithmeticError as e:
        print("caught", e)
    task = asyncio.ensure_future(pipeline([7, 8], track=False))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled")


asyncio.run(main())
print("done")

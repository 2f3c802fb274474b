# exit and quit (the site module's Quitter objects), aiter and anext, with their errors.
import sys

print(repr(exit), str(quit))
print(type(exit).__name__, type(exit).__module__, exit.name, exit.eof, callable(exit))
for call in (lambda: exit(), lambda: exit(3), lambda: quit("bye"), lambda: exit(code=0), lambda: sys.exit(5)):
    try:
        call()
    except SystemExit as e:
        print("SystemExit", e.args, e.code)
try:
    exit(1, 2)
except TypeError as e:
    print("TypeError", e)


class Ticker:
    """An async iterator over range(n) that suspends once before each item."""

    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Suspend()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1


class Suspend:
    def __await__(self):
        yield "tick"


def run(coro):
    """Drives a coroutine by hand: counts its suspensions, returns its value."""
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as stop:
            return stop.value, ticks


async def main():
    it = aiter(Ticker(3))
    print("aiter is self:", it is aiter(it))
    print(await anext(it), await anext(it, "dflt"))
    async for x in it:
        print("async for", x)
    print("default:", await anext(it, "dflt"), await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration from anext without a default")
    return "done"


print(run(main()))

aw = anext(Ticker(1), 42)
print(type(aw).__name__, type(aw).__module__)
print(aw.send(None))
try:
    aw.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
aw = anext(Ticker(0), 42)
print(next(aw))
try:
    next(aw)
except StopIteration as e:
    print("StopIteration", e.value)

# throw() goes to the awaitable __anext__ returned.
aw = anext(Ticker(2), 0)
aw.send(None)
try:
    aw.throw(ValueError("boom"))
except ValueError as e:
    print("ValueError", e)

for bad in (lambda: aiter(3), lambda: anext(3), lambda: anext(3, 4), lambda: aiter([1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


class BadAiter:
    def __aiter__(self):
        return 5


class NotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


try:
    aiter(BadAiter())
except TypeError as e:
    print("TypeError", e)
try:
    anext(NotAwaitable(), 1).send(None)
except TypeError as e:
    print("TypeError", e)
print(anext(NotAwaitable()))

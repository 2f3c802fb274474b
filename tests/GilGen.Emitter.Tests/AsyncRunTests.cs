namespace GilGen.Emitter.Tests;

/// <summary>
/// async for, async with, async comprehensions and delegation through YIELD_FROM, compiled, emitted and run, driven
/// by send(); expected output recorded with CPython 3.12.
/// </summary>
public sealed class AsyncRunTests
{
    [Fact]
    public void A_delegate_raising_after_a_resumption_reaches_the_delegating_frames_handler()
    {
        const string source = """
            def inner():
                yield 1
                raise ValueError("late")
            def outer():
                try:
                    yield from inner()
                except ValueError as e:
                    yield "caught " + str(e)
            print(list(outer()))
            """;
        Assert.Equal("[1, 'caught late']\n", ClassRunTests.Run(source));
    }

    [Fact]
    public void Async_for_ends_on_StopAsyncIteration_raised_after_a_suspension()
    {
        const string source = """
            class Yield:
                def __await__(self):
                    yield None
            class R:
                def __init__(self): self.n = 0
                def __aiter__(self): return self
                async def __anext__(self):
                    await Yield()
                    self.n += 1
                    if self.n > 2: raise StopAsyncIteration
                    return self.n
            async def stmt():
                out = []
                async for v in R():
                    out.append(v)
                else:
                    out.append("else")
                return out
            async def comp():
                return [v async for v in R()], {v: await double(v) async for v in R()}
            async def double(x):
                await Yield()
                return 2 * x
            def run(c):
                while True:
                    try: c.send(None)
                    except StopIteration as s: return s.value
            print(run(stmt()), run(comp()))
            """;
        Assert.Equal("[1, 2, 'else'] ([1, 2], {1: 2, 2: 4})\n", ClassRunTests.Run(source));
    }

    [Fact]
    public void Async_with_awaits_enter_and_exit_and_exit_can_suppress()
    {
        const string source = """
            class M:
                def __init__(self, name): self.name = name
                async def __aenter__(self):
                    print("enter", self.name)
                    return self.name
                async def __aexit__(self, et, ev, tb):
                    print("exit", self.name, et.__name__ if et else None)
                    return et is KeyError
            async def main():
                async with M("a") as a, M("b") as b:
                    print("body", a, b)
                    raise KeyError(1)
                try:
                    async with object():
                        pass
                except TypeError as e:
                    print(e)
                try:
                    async for x in [1]:
                        pass
                except TypeError as e:
                    print(e)
            try:
                main().send(None)
            except StopIteration:
                print("done")
            """;
        Assert.Equal("enter a\nenter b\nbody a b\nexit b KeyError\nexit a None\n"
            + "'object' object does not support the asynchronous context manager protocol\n"
            + "'async for' requires an object with __aiter__ method, got list\ndone\n", ClassRunTests.Run(source));
    }
}

import asyncio
import contextlib
from contextlib import AsyncExitStack, ExitStack, asynccontextmanager

log = []


@asynccontextmanager
async def resource(name):
    log.append(("open", name))
    try:
        yield name.upper()
    finally:
        log.append(("close", name))


class SyncCM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append(("enter", self.name))
        return self

    def __exit__(self, *exc):
        log.append(("exit", self.name, exc[0].__name__ if exc[0] else None))
        return False


class Suppressor:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, val, tb):
        log.append(("suppress?", typ.__name__ if typ else None))
        return typ is KeyError


async def acb(*args, **kwds):
    log.append(("acb", args, kwds))


async def main():
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource("a"))
        s = stack.enter_context(SyncCM("s"))
        stack.callback(log.append, ("sync-callback",))
        r = stack.push_async_callback(acb, 1, 2, k=3)
        print(a, s.name, r is acb)
    print(log)
    log.clear()

    async with AsyncExitStack() as stack:
        stack.push_async_exit(Suppressor())
        await stack.enter_async_context(resource("b"))
        raise KeyError("swallowed")
    print("after suppressed", log)
    log.clear()

    async def exit_fn(typ, val, tb):
        log.append(("exit_fn", typ.__name__ if typ else None))
        return False
    try:
        async with AsyncExitStack() as stack:
            print(stack.push_async_exit(exit_fn) is exit_fn)
            stack.push(SyncCM("p"))
            raise ValueError("boom")
    except ValueError as e:
        print(type(e).__name__, e, log)
    log.clear()

    stack = AsyncExitStack()
    await stack.enter_async_context(resource("c"))
    stack.push_async_callback(acb, "x")
    moved = stack.pop_all()
    print(type(moved).__name__, log)
    await stack.aclose()
    print(log)
    await moved.aclose()
    print(log)
    log.clear()

    async def failing():
        raise RuntimeError("in callback")
    try:
        async with AsyncExitStack() as stack:
            stack.push_async_callback(failing)
            raise IndexError("body")
    except RuntimeError as e:
        print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)

    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(SyncCM("not-async"))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        with ExitStack() as stack:
            stack.enter_context(Suppressor())
    except TypeError as e:
        print(type(e).__name__, e)
    print(issubclass(AsyncExitStack, contextlib.AbstractAsyncContextManager),
          isinstance(AsyncExitStack(), contextlib.AbstractContextManager))


asyncio.run(main())

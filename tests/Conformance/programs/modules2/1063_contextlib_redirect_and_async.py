# contextlib's redirections and async helpers: redirect_stdout/redirect_stderr (nested, reused, print and
# sys.stdout.write, an exception inside), asynccontextmanager (values, exceptions in and out of the block,
# suppression, a generator that does not yield or does not stop, as a decorator), aclosing, the abstract bases.
import asyncio
import io
import sys
from contextlib import (redirect_stdout, redirect_stderr, asynccontextmanager, aclosing,
                        AbstractAsyncContextManager, AsyncContextDecorator)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured", 1)
    sys.stdout.write("written\n")
    inner = io.StringIO()
    with redirect_stdout(inner):
        print("inner")
    print("outer again")
print("back", target is buf, repr(buf.getvalue()), repr(inner.getvalue()))

err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()), sys.stderr is sys.__stderr__)

again = redirect_stdout(io.StringIO())
try:
    with again as out:
        print("before raise")
        raise ValueError("inside")
except ValueError as e:
    print("caught", e, repr(out.getvalue()), sys.stdout is sys.__stdout__)
with again:
    with again:
        print("twice")
print("restored", sys.stdout is sys.__stdout__)

log = []


@asynccontextmanager
async def resource(name, suppress=False):
    log.append("open " + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("handled %r" % (e,))
        if not suppress:
            raise
    finally:
        log.append("close " + name)


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    yield 1
    yield 2


class Timer(AbstractAsyncContextManager):
    async def __aexit__(self, *exc):
        log.append("timer exit %s" % (exc[0].__name__ if exc[0] else None))


class Tagged(AsyncContextDecorator):
    async def __aenter__(self):
        log.append("tag on")
        return self

    async def __aexit__(self, *exc):
        log.append("tag off")
        return False


@Tagged()
async def decorated(x):
    log.append("decorated %d" % x)
    return x * 2


@resource("deco")
async def inside_resource():
    log.append("inside")
    return "done"


async def agen():
    try:
        for i in range(10):
            yield i
    finally:
        log.append("agen closed")


async def main():
    async with resource("a") as value:
        log.append("got " + value)
    try:
        async with resource("b"):
            raise KeyError("k")
    except KeyError:
        log.append("propagated")
    async with resource("c", suppress=True):
        raise KeyError("s")
    log.append("suppressed")
    try:
        async with resource("d"):
            raise IndexError("i")
    except IndexError as e:
        log.append("index error %s" % e)
    for cm in (no_yield(), two_yields()):
        try:
            async with cm:
                pass
        except RuntimeError as e:
            log.append("RuntimeError %s" % e)
    async with Timer() as t:
        log.append("timer is self %s" % (isinstance(t, Timer),))
    log.append("decorated returned %d" % await decorated(21))
    log.append("resource decorator returned %s" % await inside_resource())
    async with aclosing(agen()) as gen:
        async for i in gen:
            if i == 2:
                break
            log.append("item %d" % i)
    log.append("after aclosing")


asyncio.run(main())
print("\n".join(log))

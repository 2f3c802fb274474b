"""GilGen's asyncio.threads: to_thread()."""

__all__ = "to_thread",

import functools

from asyncio import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in the loop's default executor (a thread); return its result.

    CPython runs it in a copy of the current contextvars context; GilGen has no contextvars yet, which
    nothing but contextvars can observe.
    """
    loop = events.get_running_loop()
    func_call = functools.partial(func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)

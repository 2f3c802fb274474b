"""GilGen's asyncio.coroutines: iscoroutine and iscoroutinefunction."""

import collections.abc

__all__ = ('iscoroutinefunction', 'iscoroutine')

# What CPython's @types.coroutine-free asyncio.coroutines._is_coroutine marker is for: a function
# marked with it counts as a coroutine function.
_is_coroutine = object()


def iscoroutinefunction(func):
    """Return True if func is a coroutine function.

    GilGen's functions do not carry their code flags, so an `async def` function cannot be told from
    a plain one yet: refused rather than answered wrongly.
    """
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    raise NotImplementedError("GilGen does not support asyncio.iscoroutinefunction yet")


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return isinstance(obj, collections.abc.Coroutine)


def _format_coroutine(coro):
    # CPython adds "running at FILE:LINE" or "done, defined at FILE:LINE"; GilGen's coroutines have no
    # frame to read those from (docs/language-support.md).
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    if getattr(coro, 'cr_running', False):
        state = 'running'
    elif getattr(coro, 'cr_suspended', False) or getattr(coro, 'cr_await', None) is not None:
        state = 'running'
    else:
        state = 'done'
    return f'{name}() {state}'

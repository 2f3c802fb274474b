"""GilGen's timeit: times a callable, as CPython's Timer does when given one.

CPython compiles a statement given as a string into a timing function with exec; GilGen's code is compiled ahead
of time and has no exec, so a statement or setup given as a string other than 'pass' (the defaults) raises
NotImplementedError: pass a callable (a function or a lambda) instead. CPython also turns its garbage collector
off while it times; GilGen has no cycle collector to turn off. The command line (timeit.main) is not available.
"""

import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


def _nothing():
    pass


def _as_callable(what, name):
    """The callable to run for stmt or setup: the object itself, or nothing for the string 'pass'."""
    if callable(what):
        return what
    if isinstance(what, str):
        if what.strip() == "pass":
            return _nothing
        raise NotImplementedError(
            "timeit: a %s given as a string needs exec, which GilGen's ahead-of-time compiled code does not have; "
            "pass a callable instead" % name)
    raise ValueError("%s is neither a string nor callable" % name)


class Timer:
    """Times stmt, a callable, run `number` times in a loop after setup ran once."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        self._stmt = _as_callable(stmt, "stmt")
        self._setup = _as_callable(setup, "setup")

    def inner(self, it, timer):
        # What CPython's template compiles to for a callable: setup once, then one call per iteration.
        stmt = self._stmt
        self._setup()
        start = timer()
        for _ in it:
            stmt()
        return timer() - start

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """The time `number` runs of the statement take, in seconds (as default_timer counts)."""
        return self.inner(itertools.repeat(None, number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        """timeit(number) `repeat` times: a list of the times."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """The smallest number among 1, 2, 5, 10, 20, 50... whose run takes at least 0.2 s, and that run's time."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    """Timer(stmt, setup, timer).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def main(args=None, *, _wrap_timer=None):
    raise NotImplementedError("timeit.main (python -m timeit) is not available in GilGen: it compiles its "
                              "statements with exec")

# from module import *: a module without __all__ binds its public names (math), one with __all__ binds
# exactly those (queue's helpers, threading's deprecated aliases are left out), functions see the names
# as globals, later bindings win, a package's __all__ (concurrent.futures, asyncio), and CPython's
# errors for a non-str item and a missing name in __all__.
from math import *
print(sqrt(16), pi, floor(2.5), isqrt(99))


def hyp(a, b):
    return sqrt(a * a + b * b)


print(hyp(3, 4))

from queue import *
print(Queue.__name__, Empty.__name__, LifoQueue.__name__)
for name in ("threading", "deque", "heappush"):
    try:
        globals()[name]
        print(name, "bound")
    except KeyError:
        print(name, "not bound")

from threading import *
print(Lock is not None, current_thread().name, "activeCount" in globals(), "get_ident" in globals())

from itertools import *
print(list(islice(count(3), 4)), list(chain("ab", "c")))

from functools import *
print(reduce(lambda x, y: x * y, range(1, 6)), partial(pow, 2)(10))

from operator import *
print(add(2, 3), itemgetter(1)("xyz"), attrgetter("real")(5))

from collections import *
print(deque([1, 2]), Counter("aab"), OrderedDict(a=1), namedtuple("P", "x y")(1, 2))

from concurrent.futures import *
with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(abs, [-1, -2, 3])), FIRST_COMPLETED, ALL_COMPLETED)

from asyncio import *


async def main():
    await sleep(0)
    return 42


print(run(main()))


def floor(x):
    return "mine"


print(floor(2.5))
from math import *
print(floor(2.5))

import heapq
saved = heapq.__all__
print(saved)
heapq.__all__ = ["heappush", 1]
try:
    from heapq import *
except TypeError as e:
    print("TypeError:", e)
heapq.__all__ = ["heappop", "nothing_here"]
try:
    from heapq import *
except AttributeError as e:
    print("AttributeError:", e)
print("heappop" in globals())
heapq.__all__ = saved

from string import *
print(ascii_lowercase[:5], digits, capwords("a b"))
print(sorted(k for k in ("sqrt", "Queue", "Lock", "chain", "reduce", "add", "deque", "ThreadPoolExecutor", "run", "capwords") if k in globals()))

# Which modules a file beside the script replaces: every module CPython finds on sys.path (math, random,
# collections), not those compiled into the interpreter (time, itertools) or imported before the script (os).
import math
print(math.pi, math.sqrt(2))
from math import sqrt
print(sqrt(9))
import random
print(random.randint(5, 10))
import collections
print(collections.deque)
import os, time, itertools
print(os.path.basename('/a/b.txt'), callable(time.perf_counter), list(itertools.islice('abc', 2)))
import sys
print(sorted(n for n in ('math', 'random', 'collections', 'os', 'time', 'itertools') if n in sys.modules))
print(sys.modules['math'] is math, sys.modules['random'].randint(1, 2))

# More shapes of recursion end in a RecursionError the program catches, never in a crash: functools.lru_cache and
# cache, deepcopy, the repr and comparison of nested lists, __lt__ in sorted, __hash__ and __eq__ in a set, reduce,
# itertools.chain, partial, min's key, filter, zip over a generator, heapq, defaultdict's factory, with's __enter__ and
# __exit__, __str__, __format__, __getitem__, __iter__, __call__, a property, any/sum/tuple/set over generators,
# sorted's key, __init_subclass__, except and finally blocks, a generator's except, coroutines awaiting coroutines.
import sys, functools, copy, itertools, heapq, collections, operator

def attempt(name, fn):
    try:
        fn()
        print(name, "finished")
    except RecursionError:
        print(name, "RecursionError")

@functools.lru_cache(maxsize=None)
def cached(n): return cached(n + 1) + 1
@functools.cache
def cached2(n): return cached2(n + 1) + 1
def deep_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x
class Lt:
    def __init__(self, n): self.n = n
    def __lt__(self, other): return Lt(self.n + 1) < other
class Hash:
    def __hash__(self): return hash(Hash())
class EqS:
    def __hash__(self): return 1
    def __eq__(self, other): return EqS() == other
def reduce_rec(n): return functools.reduce(lambda a, b: reduce_rec(n + 1), [1, 2])
def chain_rec(n): return list(itertools.chain([1], chain_rec(n + 1)))
def partial_rec(n): return functools.partial(partial_rec, n + 1)()
def min_key(n): return min([1, 2], key=lambda x: min_key(n + 1))
def filter_rec(n): return list(filter(lambda x: filter_rec(n + 1), [1]))
def zip_rec(n): return list(zip(zip_rec_gen(n)))
def zip_rec_gen(n):
    yield from zip_rec(n + 1)
def heap_rec():
    h = []
    heapq.heappush(h, Lt(0)); heapq.heappush(h, Lt(0))
def dict_get(n):
    d = collections.defaultdict(lambda: dict_get(n + 1))
    return d[1]
def with_rec(n):
    class CM:
        def __enter__(self): return with_rec(n + 1)
        def __exit__(self, *a): return False
    with CM():
        pass
def exit_rec(n):
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): return exit_rec(n + 1)
    with CM():
        raise ValueError
def str_rec(n):
    class S:
        def __str__(self): return str_rec(n + 1)
    return str(S())
def format_rec(n):
    class F:
        def __format__(self, spec): return format(F(), spec)
    return f"{F():x}"
def getitem_rec():
    class G:
        def __getitem__(self, k): return G()[k]
    return G()[0]
def iter_rec():
    class I:
        def __iter__(self): return iter(I())
    return list(I())
def call_rec():
    class C:
        def __call__(self): return C()()
    return C()()
def prop_rec():
    class P:
        @property
        def x(self): return P().x
    return P().x
def any_rec(n): return any(any_rec(n + 1) for _ in [1])
def sum_rec(n): return sum(sum_rec(n + 1) for _ in [1])
def tuple_rec(n): return tuple(tuple_rec(n + 1) for _ in [1])
def set_rec(n): return {frozenset(set_rec(n + 1)) for _ in [1]}
def sort_key(n): return sorted([3, 1], key=lambda v: sort_key(n + 1))
def class_rec(n):
    class K:
        def __init_subclass__(cls): class_rec(n + 1)
    class L(K): pass
def except_rec(n):
    try:
        raise ValueError
    except ValueError:
        return except_rec(n + 1)
def finally_rec(n):
    try:
        pass
    finally:
        return finally_rec(n + 1)
def gen_except(n):
    try:
        yield next(gen_except(n + 1))
    except ValueError:
        pass
def async_rec(n):
    async def co(n):
        return await co(n + 1)
    c = co(0)
    try:
        c.send(None)
    finally:
        c.close()

for limit in (1000, 20000):
    sys.setrecursionlimit(limit)
    print("limit", limit)
    attempt("lru_cache", lambda: cached(0))
    attempt("cache", lambda: cached2(0))
    attempt("deepcopy", lambda: copy.deepcopy(deep_list(100_000)))
    attempt("repr_list", lambda: repr(deep_list(100_000)))
    attempt("eq_list", lambda: deep_list(100_000) == deep_list(100_000))
    attempt("lt_sorted", lambda: sorted([Lt(0), Lt(0)]))
    attempt("hash", lambda: {Hash()})
    attempt("set_eq", lambda: {EqS(), EqS()})
    attempt("reduce", lambda: reduce_rec(0))
    attempt("chain", lambda: chain_rec(0))
    attempt("partial", lambda: partial_rec(0))
    attempt("min_key", lambda: min_key(0))
    attempt("filter", lambda: filter_rec(0))
    attempt("zip", lambda: zip_rec(0))
    attempt("heap", heap_rec)
    attempt("defaultdict", lambda: dict_get(0))
    attempt("with_enter", lambda: with_rec(0))
    attempt("with_exit", lambda: exit_rec(0))
    attempt("str", lambda: str_rec(0))
    attempt("format", lambda: format_rec(0))
    attempt("getitem", getitem_rec)
    attempt("iter", iter_rec)
    attempt("call", call_rec)
    attempt("property", prop_rec)
    attempt("any", lambda: any_rec(0))
    attempt("sum", lambda: sum_rec(0))
    attempt("tuple", lambda: tuple_rec(0))
    attempt("set", lambda: set_rec(0))
    attempt("sort_key", lambda: sort_key(0))
    attempt("init_subclass", lambda: class_rec(0))
    attempt("except", lambda: except_rec(0))
    attempt("finally", lambda: finally_rec(0))
    attempt("gen_except", lambda: list(gen_except(0)))
    attempt("async", lambda: async_rec(0))

# Recursion of every shape ends in a RecursionError the program catches, at CPython's limit or a raised one, never
# in a crash: plain calls, frames with try blocks (the exception raised inside or outside them), __init__, generators
# and yield from, builtins that call back (map, sorted's key, str.join over a generator, repr), __getattr__, __eq__,
# comprehensions and f-strings.
import sys

def attempt(name, fn):
    try:
        fn()
        print(name, "finished")
    except RecursionError:
        print(name, "RecursionError")

def plain(n): return plain(n + 1)
def with_finally(n):
    try:
        return with_finally(n + 1)
    finally:
        n = 0
def with_except(n):
    try:
        return with_except(n + 1)
    except ValueError:
        return 0
def reraise(n):
    try:
        return reraise(n + 1)
    except RecursionError:
        raise
def unprotected(n):
    x = with_handler_later(n)
    return x
def with_handler_later(n):
    y = unprotected(n + 1)
    try:
        pass
    except ValueError:
        pass
    return y
class Tree:
    def __init__(self, n):
        self.child = Tree(n + 1)
def gen_walk(n):
    return sum(gen_walk(n + 1) for _ in range(1))
def yield_from(n):
    yield from yield_from(n + 1)
def list_of_map(n):
    return list(map(list_of_map, [n + 1]))
def sorted_key(n):
    return sorted([n], key=lambda m: sorted_key(m + 1))
class Node:
    def __init__(self, child=None):
        self.child = child
    def __repr__(self):
        return "Node(" + ", ".join(repr(c) for c in [self.child] if c is not None) + ")"
def chain(n):
    node = None
    for _ in range(n):
        node = Node(node)
    return node
class Deep:
    def __getattr__(self, name):
        return getattr(self, name + "x")
def in_gen_with_try(n):
    try:
        yield from in_gen_with_try(n + 1)
    finally:
        pass
def comprehension(n):
    return [comprehension(n + 1) for _ in range(1)]
def dict_comp(n):
    return {k: dict_comp(n + 1) for k in range(1)}
class Eq:
    def __eq__(self, other):
        return Eq() == other
def deep_str(n):
    return f"{deep_str(n + 1)}"

for limit in (1000, 20000):
    sys.setrecursionlimit(limit)
    print("limit", limit)
    attempt("plain", lambda: plain(0))
    attempt("with_finally", lambda: with_finally(0))
    attempt("with_except", lambda: with_except(0))
    attempt("reraise", lambda: reraise(0))
    attempt("unprotected", lambda: unprotected(0))
    attempt("init", lambda: Tree(0))
    attempt("gen_walk", lambda: gen_walk(0))
    attempt("yield_from", lambda: list(yield_from(0)))
    attempt("list_of_map", lambda: list_of_map(0))
    attempt("sorted_key", lambda: sorted_key(0))
    attempt("repr_chain", lambda: repr(chain(100_000)))
    attempt("getattr", lambda: Deep().a)
    attempt("gen_try", lambda: list(in_gen_with_try(0)))
    attempt("comprehension", lambda: comprehension(0))
    attempt("dict_comp", lambda: dict_comp(0))
    attempt("eq", lambda: Eq() == 1)
    attempt("fstring", lambda: deep_str(0))

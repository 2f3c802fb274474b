# A recursion that runs inside the interpreter (the repr of nested containers, their comparison, deepcopy) counts
# against the recursion limit as CPython's does: a RecursionError with CPython's message, never a crash; shallower
# nesting still works.
import sys
def attempt(name, fn):
    try:
        fn()
        print(name, "finished")
    except RecursionError as e:
        print(name, "RecursionError", e)
def deep_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x
def deep_tuple(n):
    x = ()
    for _ in range(n):
        x = (x,)
    return x
def deep_dict(n):
    x = {}
    for _ in range(n):
        x = {1: x}
    return x
import copy
attempt("repr_list", lambda: repr(deep_list(100_000)))
attempt("str_list", lambda: str(deep_list(100_000)))
attempt("repr_tuple", lambda: repr(deep_tuple(100_000)))
attempt("repr_dict", lambda: repr(deep_dict(100_000)))
attempt("eq_list", lambda: deep_list(100_000) == deep_list(100_000))
attempt("lt_list", lambda: deep_list(100_000) < deep_list(100_000))
attempt("eq_tuple", lambda: deep_tuple(100_000) == deep_tuple(100_000))
attempt("eq_dict", lambda: deep_dict(100_000) == deep_dict(100_000))
attempt("deepcopy", lambda: copy.deepcopy(deep_list(100_000)))
attempt("repr_900", lambda: len(repr(deep_list(900))))
attempt("eq_900", lambda: deep_list(900) == deep_list(900))

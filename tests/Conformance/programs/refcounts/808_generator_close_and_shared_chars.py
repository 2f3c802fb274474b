# Closing a generator suspended at a plain yield in code with no try or with block releases its frame without
# raising GeneratorExit in it (CPython 3.12 does the same): locals released in order, finally blocks and except
# GeneratorExit handlers still run where there are some, close() from inside the generator still refuses, and
# all()/any() that stop early release the generator at once. One-character Latin-1 strings are shared and immortal,
# as CPython 3.12's: indexing and iterating a str give the same object each time.
import sys
class D:
    def __init__(s, n): s.n = n
    def __del__(s): print("  del", s.n)
def gen():
    a = D("a")
    yield 1
    b = D("b")
    yield 2
    c = D("c")
    yield 3
def gen_finally():
    a = D("fa")
    try:
        yield 1
        yield 2
    finally:
        print("  finally")
def gen_with_except():
    a = D("ea")
    try:
        yield 1
    except GeneratorExit:
        print("  caught GeneratorExit")
        raise
def selfclose():
    yield g3.close()
for make in (gen, gen_finally, gen_with_except):
    g = make()
    print(make.__name__, next(g), next(g) if make is gen else "")
    g.close()
    print("  closed", g.gi_suspended, g.gi_running)
    try:
        print(next(g))
    except StopIteration:
        print("  StopIteration after close")
    del g
g = gen(); next(g); next(g)
print("dropped")
del g
g = gen(); print("unstarted"); del g
print(all(x > 0 for x in [1, -1, D("in list")]))
print(any(D(x) for x in "pq"))
g3 = selfclose()
try:
    next(g3)
except ValueError as e:
    print("ValueError:", e)
print(sys.getrefcount(D) > 0)
text = "tokenize(x) + 1"
first = text[0]
print(first is text[0], first is [c for c in text][0], chr(116) is first, sys.getrefcount(first))
print([c for c in text if c.isalpha()][:3], text[-1], text[4] * 3)
wide = "\u20acx\u20ac"
print(wide[0] is wide[2], wide[0] == wide[2], sys.getrefcount(wide[0]) < 100)
print("end")

# Exceptions inside generators: yield inside except, sys.exc_info across yields, __context__.
import sys

def handler_yields():
    try:
        raise KeyError("original")
    except KeyError:
        yield "in handler: " + sys.exc_info()[0].__name__
        yield "still: " + repr(sys.exc_info()[1])
    yield "after: " + repr(sys.exc_info()[0])

for line in handler_yields():
    print(line, "| caller sees:", sys.exc_info()[0])

def raise_in_handler():
    try:
        yield 1
        raise ValueError("first")
    except ValueError:
        yield 2
        raise TypeError("second")

g = raise_in_handler()
print(next(g), next(g))
try:
    next(g)
except TypeError as e:
    print("TypeError:", e, "context:", repr(e.__context__))

def converts():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e

c = converts()
next(c)
try:
    c.throw(ZeroDivisionError("boom"))
except ArithmeticError as e:
    print(repr(e), "cause:", repr(e.__cause__), e.__suppress_context__)

def propagates(values):
    for v in values:
        yield 10 // v

results = []
try:
    for r in propagates([5, 2, 0, 1]):
        results.append(r)
except ZeroDivisionError as e:
    print("stopped by", e, "after", results)

def cleanup_order():
    try:
        yield "body"
    except RuntimeError:
        print("except")
        yield "handled"
    else:
        print("else")
    finally:
        print("finally")

print(list(cleanup_order()))
h = cleanup_order()
next(h)
print(h.throw(RuntimeError))
print(next(h, "end"))

def caller_handler():
    try:
        raise IndexError("outer")
    except IndexError:
        g = handler_yields()
        print(next(g))
        print("caller's exception still:", sys.exc_info()[0].__name__)
        print(list(g))

caller_handler()
print("outside:", sys.exc_info())

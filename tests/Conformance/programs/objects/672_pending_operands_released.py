# When an exception passes through an expression, the operands still waiting on the frame's evaluation stack
# (a call's callable and earlier arguments, a binary operation's left side, a subscript's container, a method's
# object, a for loop's iterator) are released as the frame unwinds, before the caller's handler runs: their
# __del__ runs at that moment, in the order ceval pops them (top first), in functions with and without try
# blocks and in generators. sys.getrefcount shows that nothing stays held after the failure. (Only the stack
# holds these objects: a local or a dunder method's parameter would keep them alive in the traceback's frames.)
import sys


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)

    def m(self, *args):
        return self.name

    def __getitem__(self, key):
        return key


class Iterates:
    """An iterator that only the for loop's stack slot holds."""

    def __init__(self, name):
        self.name = name

    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def __del__(self):
        print("  del", self.name)


def fail(what="fail"):
    raise KeyError(what)


def take(*args):
    return len(args)


def run(label, fn):
    print(label)
    try:
        fn()
    except Exception as e:
        print("  caught", type(e).__name__, e)


# Functions without try blocks.
def method_call_arg():
    return A("receiver").m(fail())


def call_args():
    return take(A("first"), A("second"), fail())


def nested_call_args():
    return take(A("outer arg"), take(A("inner arg"), fail()))


def binary_left():
    return A("left") + fail()


def binary_raises():
    return A("lhs") + A("rhs")


def subscript_container():
    return A("container")[fail()]


def subscript_raises():
    return [1, 2][A("index")]


def compare_jump():
    if A("less") < A("more"):
        return 1
    return 0


def compare_value():
    return A("cmp left") < fail()


def method_args():
    return A("self").m(A("arg 1"), A("arg 2"), fail())


def for_loop_iterator():
    for x in Iterates("loop iterator"):
        fail("in loop")


def raise_in_loop():
    for x in Iterates("raising loop's iterator"):
        raise KeyError("raise statement")


def build_list():
    return [A("element 0"), A("element 1"), fail()]


def format_value():
    return f"{A('formatted')}{fail()}"


def set_display():
    return take(A("before set"), {A("set item 0"), [], A("set item 2")})


def dict_display():
    return take(A("before dict"), {A("key"): A("value"), []: 0})


def deeper(n):
    return take(A("depth %d" % n), deeper(n - 1) if n else fail("bottom"))


for name, fn in [("method call argument", method_call_arg), ("call arguments", call_args),
                 ("nested call arguments", nested_call_args), ("binary left operand", binary_left),
                 ("binary operation raises", binary_raises), ("subscript container", subscript_container),
                 ("subscript raises", subscript_raises), ("fused comparison", compare_jump),
                 ("comparison operand", compare_value), ("method arguments", method_args),
                 ("for loop iterator", for_loop_iterator), ("raise in a loop", raise_in_loop),
                 ("list display", build_list), ("set display", set_display), ("dict display", dict_display),
                 ("f-string", format_value), ("recursion", lambda: deeper(3))]:
    run(name, fn)


# Functions with try blocks: the stack above the handler's level is released before the handler runs.
def with_try():
    try:
        return take(A("in try"), fail())
    except KeyError:
        print("  handler in the frame")
        return -1


def with_finally():
    try:
        return take(A("before finally"), fail())
    finally:
        print("  finally in the frame")


def try_compare():
    try:
        if A("try less") < A("try more"):
            return 1
    except TypeError as e:
        print("  handled", e)
    return 0


def try_then_pending():
    try:
        pass
    finally:
        print("  finally done")
    return take(A("after finally"), fail())


def try_set():
    try:
        return take(A("try pending"), {A("try set item"), []})
    except TypeError as e:
        print("  handled", e)


def loop_with_try():
    total = 0
    for i in range(2):
        try:
            total += take(A("loop %d" % i), fail())
        except KeyError:
            print("  handled", i)
    return total


for name, fn in [("handled in the frame", with_try), ("through a finally", with_finally),
                 ("fused comparison under try", try_compare), ("pending after a try", try_then_pending),
                 ("set display under try", try_set),
                 ("loop with try", loop_with_try)]:
    run(name, fn)


# Generators.
def gen_pending():
    yield 1
    yield take(A("gen arg"), fail())


def gen_try():
    try:
        yield take(A("gen try arg"), fail())
    except KeyError:
        print("  handled in the generator")
    yield 2


def gen_loop():
    for x in Iterates("generator's iterator"):
        yield take(x, fail())


def drain(g):
    return list(g)


run("generator", lambda: drain(gen_pending()))
run("generator with try", lambda: print("  got", drain(gen_try())))
run("generator loop", lambda: drain(gen_loop()))


# Reference counts: a global passed as an argument to a call that fails is held once again by nobody.
held = A("held")


def uses_held():
    return take(held, held, fail())


def method_on_held():
    return held.m(held, fail())


def add_held():
    return held + held


def local_operand(obj):
    # The pending operands are the local's value and constants: the frame releases the local's extra reference.
    return take(obj, "text", 2.5, obj, fail())


def local_in_loop(obj):
    total = 0
    for i in range(3):
        total = total + take(obj, i, obj)
    return total + take(obj, obj, fail())


print("refcount before", sys.getrefcount(held))
for fn in (uses_held, method_on_held, add_held, uses_held, lambda: local_operand(held), lambda: local_in_loop(held)):
    try:
        fn()
    except Exception:
        pass
    print("refcount after", fn.__name__, sys.getrefcount(held))
del held
print("end")

# atexit: callbacks run newest first when the program ends, after its non-daemon threads are joined;
# register (also as a decorator, with arguments and keywords), unregister (by equality), and the
# private _run_exitfuncs, _clear and _ncallbacks.
import atexit
import threading
import time


def bye(name, punct="!"):
    print("bye", name + punct)


print("register returns its function:", atexit.register(bye, "first") is bye)
atexit.register(bye, "second", punct="?")
atexit.register(print, "print", "with", "sep", sep="-")


@atexit.register
def decorated():
    print("decorated; main thread alive:", threading.main_thread().is_alive())
    print("threads left:", [t.name for t in threading.enumerate() if t is not threading.main_thread()])


print("decorator keeps the function:", decorated.__name__)


class Key:
    """Equal to any other Key with the same tag: unregister compares with ==."""

    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        return isinstance(other, Key) and other.tag == self.tag

    __hash__ = None

    def __call__(self):
        print("Key", self.tag, "called")


atexit.register(Key("a"))
atexit.register(Key("b"))
atexit.register(Key("a"))
atexit.unregister(Key("a"))     # both "a" registrations go
atexit.unregister(print_nothing := lambda: None)   # not registered: nothing happens
print("callbacks counted (unregistered slots too):", atexit._ncallbacks())


def later():
    print("registered by a callback: never runs")


def registers_another():
    print("registers_another runs")
    atexit.register(later)


atexit.register(registers_another)

# A manual run: what is registered now runs, newest first, and is forgotten.
scratch = []
atexit._clear()
print("after _clear:", atexit._ncallbacks())
for i in range(3):
    atexit.register(scratch.append, i)
atexit._run_exitfuncs()
print("manual run appended", scratch, "and left", atexit._ncallbacks())

# What runs at exit, registered after the manual run.
atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
atexit.register(decorated)
atexit.register(Key("b"))
atexit.register(registers_another)


def worker():
    time.sleep(0.05)
    print("worker done before any callback")


threading.Thread(target=worker).start()
for bad in (3, None, "text"):
    try:
        atexit.register(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError:", e)
print("main ends")

# The running stack through sys._getframe: each frame's code, caller and globals (in cold and in hot code), and
# logging's caller location (file, module, function) that comes from it.
import sys
import logging

def who():
    return sys._getframe(1).f_code.co_name

def outer():
    return who(), [who() for _ in range(1)], (lambda: who())()

class K:
    def m(self):
        return who()
    @classmethod
    def c(cls):
        return who()

def gen():
    yield who()
    yield sys._getframe().f_back.f_code.co_name

def chain():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

def recurse(n):
    if n == 0:
        return chain()
    return recurse(n - 1)

print(who())
print(outer())
print(K().m(), K.c())
print(list(gen()))
print(chain())
print(recurse(3))
print((lambda: chain())())
print(sys._getframe().f_code.co_name, sys._getframe(-5).f_code.co_name)
f = sys._getframe()
print(f.f_back, type(f).__name__)
print(f.f_globals is globals(), f.f_globals["__name__"])
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)s %(filename)s %(module)s %(funcName)s | %(message)s"))
log = logging.getLogger("demo")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False

def work(n):
    log.info("working on %d", n)
    helper()

def helper():
    log.debug("in helper")
    log.warning("level 2", stacklevel=2)
    log.warning("level 3", stacklevel=3)

class Job:
    def run(self):
        log.error("from a method")
        work(3)

log.info("at module level")
work(1)
Job().run()
logging.LoggerAdapter(log, {"k": 1}).info("through an adapter")
log.log(logging.INFO, "through log()")
rec = log.makeRecord("x", logging.INFO, "/a/b/c.py", 7, "m", (), None, "fn")
print(rec.filename, rec.module, rec.lineno, rec.funcName, rec.pathname)


def hot():
    # Called in a loop long enough for the JIT to optimize the loop and the method: the frames stay exact.
    seen = set()
    k = K()
    for i in range(5000):
        seen.add(k.m())
        seen.add(who())
    return sorted(seen)

print(hot())

# Subclasses of threading.local: __init__ runs once in each thread that touches the object, with the
# constructor's arguments; methods and class attributes are shared, instance attributes are not.
import threading

init_calls = []
lock = threading.Lock()


class Context(threading.local):
    kind = "request-context"

    def __init__(self, user, depth=0):
        with lock:
            init_calls.append(threading.current_thread().name)
        self.user = user
        self.depth = depth
        self.stack = []

    def push(self, item):
        self.stack.append(item)
        self.depth += 1
        return self.depth

    def describe(self):
        return "%s depth=%d stack=%s" % (self.user, self.depth, self.stack)


ctx = Context("alice", depth=1)
print("main after construction:", ctx.describe(), init_calls)
ctx.push("a")
ctx.user = "main-user"
report = {}


def handle(n):
    before = ctx.describe()
    for i in range(n):
        ctx.push(i)
    ctx.user = "worker-%d" % n
    with lock:
        report[n] = (before, ctx.describe())


threads = [threading.Thread(target=handle, args=(n,), name="T%d" % n) for n in (1, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(report):
    print(n, report[n])
print("main unchanged:", ctx.describe())
print("init ran in:", sorted(init_calls))
print("class attribute:", ctx.kind, Context.kind, isinstance(ctx, threading.local))

untouched = Context("bob")
t = threading.Thread(target=lambda: None, name="idle")
t.start()
t.join()
print("a thread that never touches the object does not run __init__:", sorted(init_calls).count("idle"))

try:
    threading.local(1, 2)
except TypeError as e:
    print("TypeError:", e)


class Plain(threading.local):
    pass


p = Plain()
p.x = 5
got = []
t = threading.Thread(target=lambda: got.append(hasattr(p, "x")))
t.start()
t.join()
print("plain subclass per-thread:", got, p.x)

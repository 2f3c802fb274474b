# A round-robin scheduler of async def coroutines: an awaitable whose __await__ yields hands control back.
class Yield:
    def __init__(self, reason):
        self.reason = reason
    def __await__(self):
        sent = yield self.reason
        return sent

class Scheduler:
    def __init__(self):
        self.ready = []
        self.log = []
        self.results = {}
        self.clock = 0

    def spawn(self, name, coro):
        self.ready.append((name, coro, None))

    def run(self):
        while self.ready:
            name, coro, value = self.ready.pop(0)
            self.clock += 1
            try:
                reason = coro.send(value)
            except StopIteration as e:
                self.results[name] = e.value
                self.log.append("%d %s finished" % (self.clock, name))
                continue
            except Exception as e:
                self.results[name] = "failed: %r" % e
                self.log.append("%d %s failed" % (self.clock, name))
                continue
            self.log.append("%d %s %s" % (self.clock, name, reason))
            self.ready.append((name, coro, self.clock))

async def pause(reason):
    return await Yield(reason)

async def counter(n):
    seen = []
    for i in range(n):
        tick = await pause("count %d" % i)
        seen.append(tick)
    return seen

async def adder(values):
    total = 0
    for v in values:
        total += v
        await pause("added %d" % v)
    return total

async def failing():
    await pause("about to fail")
    raise KeyError("broken task")

async def nested():
    a = await counter(2)
    b = await adder([5, 6])
    return a, b

s = Scheduler()
s.spawn("counter", counter(3))
s.spawn("adder", adder([1, 2, 3, 4]))
s.spawn("failing", failing())
s.spawn("nested", nested())
s.run()
for line in s.log:
    print(line)
for name in sorted(s.results):
    print(name, "->", s.results[name])

c = counter(1)
print(c.send(None))
print(type(c.cr_await).__name__)
try:
    c.throw(RuntimeError("cancelled"))
except RuntimeError as e:
    print("cancel propagated:", e)
print(c.cr_await)

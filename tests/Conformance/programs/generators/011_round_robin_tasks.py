# A tiny round-robin scheduler: tasks are generators that yield to give up the processor.
ready = []
log = []

def spawn(name, gen):
    ready.append((name, gen))

def run():
    steps = 0
    while ready:
        name, task = ready.pop(0)
        try:
            request = next(task)
            steps += 1
            log.append("%s:%s" % (name, request))
            ready.append((name, task))
        except StopIteration as e:
            print(name, "finished with", e.value)
    return steps

def counter(name, n):
    for i in range(n):
        print(name, "count", i)
        yield i
    return name.upper()

def summer(values):
    total = 0
    for v in values:
        total += v
        yield total
    return total

def ping_pong(name, times):
    for _ in range(times):
        yield "ping"
        yield "pong"
    return times * 2

spawn("a", counter("a", 3))
spawn("b", summer([10, 20, 30, 40]))
spawn("c", ping_pong("c", 2))
spawn("d", counter("d", 1))
print("steps:", run())
print(log)

mailbox = {}

def producer(n):
    for i in range(n):
        mailbox.setdefault("q", []).append(i)
        print("produced", i)
        yield "produced"
    mailbox["done"] = True

def consumer():
    got = []
    while True:
        queue = mailbox.get("q", [])
        if queue:
            item = queue.pop(0)
            got.append(item)
            print("consumed", item)
        elif mailbox.get("done"):
            return got
        yield "waiting"

log.clear()
spawn("consumer", consumer())
spawn("producer", producer(4))
print("steps:", run())
print(log)
